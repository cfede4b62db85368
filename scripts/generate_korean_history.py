"""Writes the Korean demo transcripts recordings/history/ko_calls.jsonl (docs/import.md JSON Lines).

Written for callinsight in natural Korean customer-call language (none from any evaluation set). Usage:
    .venv/bin/python scripts/generate_korean_history.py 2026-11-03T10:12:00+09:00 ... > recordings/history/ko_calls.jsonl
(one start time per call, in order; the committed file uses the six times in recordings/history/ko_calls.jsonl)."""
from __future__ import annotations

import json
import sys

CALLS = [
 ("ko-demo-001", "support", "inbound", "김지은", [
  ("agent", "안녕하세요, 노스윈드 고객센터 김지은입니다. 무엇을 도와드릴까요?"),
  ("customer", "네 안녕하세요. 저희가 카카오톡 알림톡 연동을 쓰고 있는데요, 어제 오후부터 연동이 계속 끊겨서 고객 문의가 티켓으로 안 들어와요."),
  ("agent", "불편을 드려 죄송합니다. 혹시 오류 메시지가 뜨나요?"),
  ("customer", "설정 화면에 들어가면 인증이 만료됐다고 나오는데, 다시 로그인해도 똑같아요. 오늘 아침에만 문의가 서른 건 넘게 밀렸어요."),
  ("agent", "확인해 보니 어제 배포 이후로 일부 계정에서 토큰 갱신이 실패하고 있습니다. 오늘 중으로 수정될 예정입니다."),
  ("customer", "이번이 벌써 세 번째예요. 이런 일이 계속 생기면 저희도 다른 업체를 알아볼 수밖에 없어요."),
  ("agent", "네, 말씀 충분히 이해합니다. 수정되면 바로 연락드리겠습니다."),
 ]),
 ("ko-demo-002", "support", "inbound", "박서준", [
  ("agent", "노스윈드 고객센터입니다, 박서준입니다."),
  ("customer", "여보세요, 이번 달 청구서를 봤는데 요금이 두 번 결제됐더라고요. 카드 내역에 똑같은 금액이 두 번 찍혀 있어요."),
  ("agent", "확인해 드리겠습니다. 결제일이 언제로 되어 있나요?"),
  ("customer", "15일이요. 그리고 솔직히 요금이 작년보다 너무 비싸졌어요. 상담원 열 명 쓰는데 이 가격은 부담돼요."),
  ("agent", "중복 결제 건은 바로 환불 처리해 드리겠습니다. 사흘 정도 걸립니다."),
  ("customer", "네, 환불은 꼭 부탁드려요. 요금제도 한 단계 낮출 수 있는지 알려 주세요."),
 ]),
 ("ko-demo-003", "sales", "outbound", "이하늘", [
  ("agent", "안녕하세요, 노스윈드 이하늘입니다. 지난주에 데모 보셨는데 어떠셨는지 여쭤보려고 연락드렸어요."),
  ("customer", "아 네, 전체적으로 괜찮았어요. 근데 저희는 지금 젠데스크를 쓰고 있어서 옮기는 게 쉽지 않을 것 같아요."),
  ("agent", "기존 데이터 이전은 저희가 도와드리고 있습니다."),
  ("customer", "그리고 보고서를 엑셀로 바로 내보내는 기능이 있으면 좋겠어요. 매주 팀장님께 보고해야 하거든요."),
  ("customer", "그 기능 추가될 계획이 있나요? 있으면 팀장님이랑 상의해 볼게요."),
  ("agent", "네, 다음 분기에 나올 예정이라 자료 보내드리겠습니다."),
 ]),
 ("ko-demo-004", "support", "inbound", "김지은", [
  ("agent", "안녕하세요, 노스윈드 김지은입니다."),
  ("customer", "안녕하세요. 어제부터 앱이 자꾸 먹통이 돼요. 티켓을 열 때마다 화면이 멈추고 튕겨요."),
  ("agent", "사용하시는 기기가 어떻게 되시나요?"),
  ("customer", "안드로이드 폰이랑 사무실 피시 둘 다 그래요. 상담원들이 일을 못 하고 있어요. 정말 답답하네요."),
  ("agent", "죄송합니다. 로그를 확인해서 바로 조치하겠습니다."),
 ]),
 ("ko-demo-005", "support", "inbound", "박서준", [
  ("agent", "노스윈드 고객센터 박서준입니다."),
  ("customer", "계약 해지하려고 전화했어요. 이번 달까지만 쓰고 그만 쓰려고요."),
  ("agent", "혹시 해지하시려는 이유를 여쭤봐도 될까요?"),
  ("customer", "문의 남기면 답변이 일주일씩 걸리고, 상담원 연결도 너무 오래 걸려요. 그리고 허브스팟이 비슷한 기능을 더 싸게 주더라고요."),
  ("agent", "불편을 드려 정말 죄송합니다. 남은 기간 요금은 일할 계산해서 환불해 드릴 수 있습니다."),
  ("customer", "네, 그렇게 해 주세요."),
 ]),
 ("ko-demo-006", "support", "inbound", "이하늘", [
  ("agent", "안녕하세요, 노스윈드입니다."),
  ("customer", "슬랙 연동 설정을 하고 있는데 어떻게 하는지 잘 모르겠어요. 매뉴얼대로 했는데 알림이 안 와요."),
  ("agent", "웹훅 주소를 한번 같이 확인해 볼까요?"),
  ("customer", "네. 아, 주소 끝에 공백이 들어가 있었네요. 이제 알림 잘 오네요, 감사합니다."),
  ("customer", "그리고 혹시 야간에는 자동 응답 보내는 기능도 있나요? 있으면 좋겠어요."),
 ]),
]
def main(dates: list[str]) -> str:
    out = []
    for (cid, kind, direction, agent, turns), started in zip(CALLS, dates, strict=True):
        t = 0.0
        utts = []
        for role, text in turns:
            dur = round(1.5 + len(text) * 0.12, 1)
            utts.append({"role": role, "start": round(t, 1), "end": round(t + dur, 1), "text": text})
            t += dur + 0.6
        out.append(json.dumps({"id": cid, "started_at": started, "language": "ko",
            "metadata": {"kind": kind, "direction": direction, "agent": agent, "tags": ["demo-ko"]}, "utterances": utts}, ensure_ascii=False))
    return "\n".join(out) + "\n"
if __name__ == "__main__":
    print(main(sys.argv[1:]), end="")
