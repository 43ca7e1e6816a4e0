"""`python -m planwatch.cli …` is `planwatch …`."""

import sys

from planwatch.cli import main

sys.exit(main())
