"""The pipeline's last stage: refresh the report after every ``callinsight run``."""

from __future__ import annotations

from callinsight.pipeline.context import StageContext, StageResult
from callinsight.report.build import build_report
from callinsight.stage_names import REPORT


class ReportStage:
    """Rewrites ``reports/<period>/`` for the configured period from what the earlier stages stored."""

    name = REPORT

    def run(self, ctx: StageContext) -> StageResult:
        paths = build_report(ctx.config, ctx.config.report.period, con=ctx.con)
        d = paths.data
        return StageResult(
            stage=self.name,
            processed=d.calls_now,
            message=f"wrote {paths.html} ({d.calls_now} calls in {d.window.label})",
            details={"html": str(paths.html), "markdown": str(paths.markdown)},
        )
