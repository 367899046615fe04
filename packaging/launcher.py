"""Entry script of the frozen application.

PyInstaller needs a script to start from, not a console_scripts entry point; this one only
hands over to sagicc_desktop.app.main(), so the bundle starts exactly as `sagicc-desktop` does.
"""

import multiprocessing
import sys

from sagicc_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process of a frozen app re-enters here
    sys.exit(main())
