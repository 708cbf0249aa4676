"""Headline lines: which line of a headline group is the title, which are kicker and subtitle.

Chinese papers stack a slogan-like kicker (``深化产业开发 推进乡村振兴``: short parallel phrases)
over or under the informative main line (``河西区与……召开……座谈会``). The title is the line
that names someone doing something; slogans, lines with commas and unit lines lose.
"""
from __future__ import annotations

import re

from graph.text.blocks import Block, is_final

ENTITY_MARK = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|区|县|镇|乡|街道?|村|社区|工会|公司|集团|局|委|院|厂|站|中心|大学|学院|医院|银行|支队|协会|联合会|党政代表团|考察团)")
UNIT_LINE = re.compile(r"^[\u4e00-\u9fff（）()·]{4,30}(?:工会|工会联合会|公司|集团|局|委员会|研究所|研究院|学院|大学|医院|站|支队|中心|协会|学校)$")
DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十]+[届次年]|第")
MAX_HEADLINE = 60


def is_headline_line(block: Block) -> bool:
    text = block.text
    return len(text) <= MAX_HEADLINE and not is_final(text)


def is_unit_line(text: str) -> bool:
    """A line that only names the reporting unit (union papers print it under the headline)."""
    return bool(UNIT_LINE.match(text)) and " " not in text


def is_slogan(text: str) -> bool:
    chunks = [c for c in re.split(r"[\s\u3000]+", re.sub(r"[“”‘’\"'「」]", "", text)) if c]
    return len(chunks) >= 2 and all(len(c) <= 8 for c in chunks) and not DIGIT.search(text)


def title_score(text: str) -> float:
    score = float(len(text))
    if ENTITY_MARK.search(text):
        score += 15
    if is_slogan(text):
        score -= 25
    if re.search(r"[，,；;]", text):
        score -= 30
    if len(text) <= 8 and " " not in text:
        score -= 20
    return score


def split_headlines(lines: list[str]) -> tuple[str, str, str]:
    """``(kicker, title, subtitle)`` of a headline group."""
    candidates = [(i, line) for i, line in enumerate(lines) if not is_unit_line(line)] or list(enumerate(lines))
    best, title = max(candidates, key=lambda item: (title_score(item[1]), -item[0]))
    before = [line for i, line in candidates if i < best]
    after = [line for i, line in candidates if i > best]
    kicker = before[-1] if before else ""
    subtitle = after[0] if after else (before[0] if len(before) > 1 else "")
    return kicker, title, subtitle


def caption_title(text: str) -> str:
    """A photo caption's title: its first clause, after a leading time word such as 日前."""
    text = re.sub(r"(?:[\s\u3000]*(?:[\u4e00-\u9fff]{2,4}[\s\u3000]*){1,4}(?:摄影报道|摄))$", "", text)
    clauses = [c.strip() for c in re.split(r"[，,。；;！？]", text) if c.strip()]
    for clause in clauses:
        if len(clause) > 4 and not re.fullmatch(r"[0-9０-９年月日号]+", clause):
            return clause
    return clauses[0] if clauses else text.strip()
