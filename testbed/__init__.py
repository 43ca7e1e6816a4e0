"""Loopback test doubles: the replay portal, fault injection, sample sites and a webhook receiver.

They serve `planwatch replay`, `planwatch demo` and the tests; nothing in the pipeline imports them.
"""
