"""callinsight.report: the marketer's trend report (``reports/<period>/index.html`` + ``summary.md``)."""
