"""`python -m feedpipe` runs the command line."""

import sys

from feedpipe.cli import main

sys.exit(main())
