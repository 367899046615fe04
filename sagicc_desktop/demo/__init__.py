"""Demo data: a bilingual contact-centre dataset for first starts, and a scale generator.

seed_demo() fills a new database so every screen has something real to show; scale.generate()
builds million-ticket SQLite files for the performance benchmarks. No Qt here.
"""

from .seed import DEMO_USERS, DemoUser, normalise_name, seed_demo

__all__ = ["DEMO_USERS", "DemoUser", "normalise_name", "seed_demo"]
