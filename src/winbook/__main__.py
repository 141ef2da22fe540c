from winbook.cli import main

raise SystemExit(main())
