# -*- coding: utf-8 -*-
"""
AI-BIM-LLM 중간점검 제안서 작성용 스크립트
결과 파일: C:\\Users\\jyd\\Documents\\오성철_강의\\AI-BIM-LLM_중간점검_제안서_도재윤.docx
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


SAVE_DIR = Path(r"C:\Users\jyd\Documents\오성철_강의")
SAVE_PATH = SAVE_DIR / "AI-BIM-LLM_중간점검_제안서_도재윤.docx"

BASE_FONT = "나눔고딕"


def apply_hangul_font(run, pt=10, strong=False, rgb=None):
    run.font.name = BASE_FONT
    run.font.size = Pt(pt)
    run.bold = strong
    if rgb is not None:
        run.font.color.rgb = rgb
    props = run._element.get_or_add_rPr()
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        props.append(fonts)
    fonts.set(qn("w:ascii"), BASE_FONT)
    fonts.set(qn("w:hAnsi"), BASE_FONT)
    fonts.set(qn("w:eastAsia"), BASE_FONT)
    fonts.set(qn("w:cs"), BASE_FONT)


def write_para(doc, text, pt=10, strong=False, align=None, after=5):
    para = doc.add_paragraph()
    if align is not None:
        para.alignment = align
    fmt = para.paragraph_format
    fmt.space_after = Pt(after)
    fmt.line_spacing = 1.35
    run = para.add_run(text)
    apply_hangul_font(run, pt=pt, strong=strong)
    return para


def write_heading(doc, text, level=1):
    sizes = {1: 15, 2: 12}
    para = doc.add_paragraph()
    fmt = para.paragraph_format
    fmt.space_before = Pt(9)
    fmt.space_after = Pt(5)
    run = para.add_run(text)
    apply_hangul_font(run, pt=sizes.get(level, 12), strong=True)
    return para


def write_bullet(doc, text, pt=10, indent=0.6):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(indent)
    para.paragraph_format.space_after = Pt(3)
    para.paragraph_format.line_spacing = 1.3
    run = para.add_run("• " + text)
    apply_hangul_font(run, pt=pt)
    return para


def write_table(doc, headers, rows, widths=None, bold_header=True):
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = "Table Grid"
    table.autofit = True
    head = table.rows[0].cells
    for i, h in enumerate(headers):
        head[i].text = ""
        para = head[i].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(h)
        apply_hangul_font(run, pt=9, strong=bold_header)
        # 머리행 배경색
        tc_pr = head[i]._tc.get_or_add_tcPr()
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:color"), "auto")
        shade.set(qn("w:fill"), "E2EFDA")
        tc_pr.append(shade)
    for r, row in enumerate(rows, start=1):
        cells = table.rows[r].cells
        for i, val in enumerate(row):
            cells[i].text = ""
            para = cells[i].paragraphs[0]
            para.paragraph_format.line_spacing = 1.15
            run = para.add_run(str(val))
            apply_hangul_font(run, pt=9)
    if widths:
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return table


def main():
    SAVE_DIR.mkdir(parents=True, exist_ok=True)
    doc = Document()

    # 용지 여백
    for section in doc.sections:
        section.top_margin = Cm(2.2)
        section.bottom_margin = Cm(2.2)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)

    # 본문 기본 서식
    normal = doc.styles["Normal"]
    normal.font.name = BASE_FONT
    normal.font.size = Pt(10)
    normal._element.rPr.rFonts.set(qn("w:eastAsia"), BASE_FONT)

    # ──────────────── 표제 ────────────────
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("AI-BIM-LLM 중간점검 제안서")
    apply_hangul_font(run, pt=18, strong=True)

    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.paragraph_format.space_after = Pt(6)
    run = sub.add_run("R3 + KBC 검토 에이전트: BIM 모델을 읽어 KBC 조문을 근거로 부재 설계를 돕는 도구")
    apply_hangul_font(run, pt=11, strong=False)

    # 발표자 인적사항 표
    info = doc.add_table(rows=1, cols=4)
    info.style = "Table Grid"
    cells = info.rows[0].cells
    info_pairs = [("이름", "도재윤"), ("학번", "2025421137")]
    idx = 0
    for label, val in info_pairs:
        cells[idx].text = ""
        para = cells[idx].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(label)
        apply_hangul_font(run, pt=9, strong=True)
        tc_pr = cells[idx]._tc.get_or_add_tcPr()
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear"); shade.set(qn("w:color"), "auto"); shade.set(qn("w:fill"), "E2EFDA")
        tc_pr.append(shade)
        cells[idx + 1].text = ""
        para = cells[idx + 1].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(val)
        apply_hangul_font(run, pt=9)
        idx += 2

    info2 = doc.add_table(rows=1, cols=4)
    info2.style = "Table Grid"
    cells = info2.rows[0].cells
    info_pairs2 = [("담당교수", "오성철 교수님"), ("교과목", "AI-BIM-LLM")]
    idx = 0
    for label, val in info_pairs2:
        cells[idx].text = ""
        para = cells[idx].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(label)
        apply_hangul_font(run, pt=9, strong=True)
        tc_pr = cells[idx]._tc.get_or_add_tcPr()
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear"); shade.set(qn("w:color"), "auto"); shade.set(qn("w:fill"), "E2EFDA")
        tc_pr.append(shade)
        cells[idx + 1].text = ""
        para = cells[idx + 1].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(val)
        apply_hangul_font(run, pt=9)
        idx += 2

    write_para(doc, "", pt=2, after=2)

    # ──────────────── §1 ────────────────
    write_heading(doc, "1. 프로젝트 제목 및 한 줄 요약")
    write_para(
        doc,
        "프로젝트명: R3 + KBC 검토 에이전트 — BIM 모델 입력과 KBC 조문 근거를 묶은 부재 설계 보조 도구.",
    )
    write_para(
        doc,
        "한 줄 요약: BIM 파일을 읽어 골조 모델을 만들고 해석한 뒤, 허용치를 넘는 부재가 나오면 언어모델이 KBC 조문을 붙여 다른 부재 크기·강종을 권하고 다시 계산까지 돌리는 구조 검토 도우미.",
    )

    # ──────────────── §2 ────────────────
    write_heading(doc, "2. 문제 정의 및 동기")
    write_para(
        doc,
        "발표자가 만들어 온 Pynite-MCP 도구(이하 R3)는 BIM 파일을 바탕으로 한 골조 편집 화면, KBC 하중 자동 산정, Pynite 해석, KBC·ACI 부재 검토를 한 흐름으로 묶은 구조 계산 도구다. SAP2000 결과와 4개 예제(96개 항목)를 맞대어 본 결과 해석값은 믿을 만한 수준으로 확인했다. 하지만 현장에서 쓰기에는 아래 세 가지 빈틈이 있다.",
    )
    write_bullet(
        doc,
        "한계 1 — 근거 부재: 부재 검토 화면이 적합/부적합 여부와 검토비만 보여 줄 뿐, 어느 KBC 조문의 어떤 문장을 따랐는지는 함께 나오지 않는다. 그래서 계산서에 바로 옮겨 쓰기 어렵다.",
    )
    write_bullet(
        doc,
        "한계 2 — NG 이후의 시행착오: 부적합 부재가 나오면 이용자가 부재 크기를 손으로 바꿔 가며 계산을 되풀이해야 한다. 어느 크기가 기준을 통과할지 알려 주는 장치가 없다.",
    )
    write_bullet(
        doc,
        "한계 3 — KBC 본문 접근성: 하중·강구조·콘크리트 장 같은 조문이 여러 PDF에 흩어져 있어, 구조를 전공하지 않은 사람(건축가, 학부생)은 맞는 조문을 찾는 데 시간이 많이 든다.",
    )
    write_para(
        doc,
        "이번 과제는 세 빈틈을 언어모델로 메우는 데 목적이 있다. 묻는 말에 답만 하는 대화형 도구가 아니라 원인 찾기·근거 대기·수정안 만들기·재계산을 한 번의 순환으로 처리하는 검토 에이전트라는 점이 다르며, 이는 9주차 초청 강연에서 본 다단계 프롬프트 구성(Planner→Critic→Fixer→Summarizer 4단계)과 맞닿아 있다.",
    )

    # ──────────────── §3 ────────────────
    write_heading(doc, "3. 목표 사용자 및 사용 시나리오")
    write_para(doc, "이용자를 두 명의 페르소나로 나누어 본다.", strong=False)
    write_bullet(
        doc,
        "페르소나 A — 구조 초년 설계자: 모델을 세우고 돌리는 일은 할 줄 알지만 필요한 KBC 조문을 금방 찾아내지 못하고, 부적합 부재에 맞는 크기를 고르느라 여러 번 헛걸음을 한다. 이 도구는 부적합 부재마다 조문 근거와 통과할 만한 크기를 함께 내놓아 배움과 실무를 동시에 돕는다.",
    )
    write_bullet(
        doc,
        "페르소나 B — 건축 설계자(비-구조 전공): 계획안 BIM 파일을 올려 골조가 버틸지를 일찍 가늠해 보고, KBC 조문을 평소 말투로 물어보고 싶어 한다. 예: “도서관 열람실 바닥 활하중은 얼마로 잡나요?”.",
    )
    write_para(doc, "대표적인 사용 순서는 다음 5단계이다.")
    write_bullet(doc, "① BIM 파일 올리기 → R3가 절점/부재/단면/바닥판을 읽어 골조 모델을 세움.")
    write_bullet(doc, "② KBC 하중 자동 산정(고정/활/지진/풍, 16개 조합) 뒤 Pynite 해석 실행.")
    write_bullet(
        doc,
        "③ 부재 검토 결과 창에 해당 KBC 조문이 저절로 따라붙는다(F2). 이용자는 KBC 본문을 평소 말로 물어볼 수 있다(F1).",
    )
    write_bullet(
        doc,
        "④ 부적합 부재가 나오면 검토 에이전트(F3)가 조문 근거와 부재 크기·강종 변경안을 내놓고, 이용자가 받아들이면 모델을 고친 뒤 다시 계산한다.",
    )
    write_bullet(
        doc,
        "⑤ 심사 단계(F4)가 돌 때마다 제안이 알맞은지 따져 지어낸 근거나 지나친 설계를 걸러 내며, 결과가 수렴하거나 반복 한도에 닿으면 멈춘다.",
    )
