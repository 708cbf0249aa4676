"""``python -m graph`` runs the govkg command."""
import sys

from graph.cli import main

sys.exit(main())
