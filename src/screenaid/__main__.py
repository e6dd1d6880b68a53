from screenaid.cli import main

raise SystemExit(main())
