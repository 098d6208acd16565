from kit.run.cli import main

raise SystemExit(main())
