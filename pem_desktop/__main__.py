"""Allow `python -m pem_desktop`."""

import sys

from pem_desktop.cli import main

sys.exit(main())
