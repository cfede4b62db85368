from callinsight.cli import main

main()
