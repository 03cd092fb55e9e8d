"""The frozen app's entry point (PyInstaller runs this file as __main__): the `pem-desktop` command."""

import sys

from pem_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
