import multiprocessing

from winbook.cli import main

# In the bundle (PyInstaller), the worker processes of a print run (winbook.report.batch) start
# from this program too; freeze_support runs them instead of the command line.
multiprocessing.freeze_support()
raise SystemExit(main())
