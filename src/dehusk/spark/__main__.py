import sys

from dehusk.spark.job import main

sys.exit(main())
