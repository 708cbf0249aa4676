"""Sentences of an article with their offsets, and left-extension of names from a suffix."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』]?|\n")
NAME_STOPS = set("，,。、；;：:！？!?《》〈〉「」 \u3000\n\t的在由与和及同向对为将把被于赴到从了是等并也还让给以据至有已共均都又再曾仍")
STOP_WORDS = ("举办", "主办", "组织", "召开", "开展", "启动", "承办", "参加", "出席", "参与", "走进", "来到",
              "前往", "联合", "携手", "邀请", "会同", "推动", "依托", "通过", "作为", "包括", "其中", "来自",
              "位于", "围绕", "深入", "调研", "考察", "慰问", "配合", "协助", "指导", "发挥", "设立",
              "成立", "获评", "荣获", "代表", "授予", "颁授", "表示", "介绍", "先后", "分别", "共同", "积极",
              "举行", "实施", "推进", "落实", "签署", "签订", "印发", "制定", "审议", "发布", "日前", "近日",
              "昨日", "今年", "目前", "还将", "正式", "结合", "聚焦", "针对", "立足", "面向", "全体", "广大", "此次", "本次",
              "这次", "进行", "抓好", "抓实", "搭建", "完善", "建立", "确保", "持续", "深化", "注重", "涵盖", "提供",
              "推广", "办成", "督促", "重视", "主动", "适应", "追求", "加强", "加快", "做好", "强化", "提升", "看")
PROTECTED = ("人力资源和社会保障", "文化和旅游", "住房和城乡建设", "工业和信息化", "发展和改革", "规划和自然资源",
             "网络安全和信息化", "中华人民共和国", "教育和科技", "卫生和计划生育", "商务和投资促进", "科学和技术",
             "工商业联合会", "中国共产党", "中共", "对口", "对接", "和平", "人民代表大会", "政治协商会议", "有限责任", "有限公司", "科学技术")


STOP_ENDINGS: dict[str, tuple[str, ...]] = {}
for _word in STOP_WORDS:
    STOP_ENDINGS[_word[-1]] = STOP_ENDINGS.get(_word[-1], ()) + (_word,)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int                    # offset in the article text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences at 。！？； and line ends, with the closing quote kept."""
    at = 0
    for match in SENTENCE_END.finditer(text):
        piece = text[at:match.end()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield Sentence(piece.strip(), at + lead)
        at = match.end()
    if text[at:].strip():
        piece = text[at:]
        yield Sentence(piece.strip(), at + len(piece) - len(piece.lstrip()))


def protected_mask(text: str) -> list[bool]:
    """True where a character sits inside a protected phrase (a name part that holds a stop char)."""
    mask = [False] * len(text)
    for phrase in PROTECTED:
        start = text.find(phrase)
        while start >= 0:
            for i in range(start, start + len(phrase)):
                mask[i] = True
            start = text.find(phrase, start + 1)
    return mask


def extend_left(text: str, start: int, max_len: int, mask: list[bool], quotes: bool = False, stops: str = "") -> int:
    """The start of the name that ends at ``start``: walk left until a stop character or word."""
    i = start
    limit = max(0, start - max_len)
    while i > limit:
        ch = text[i - 1]
        if quotes and ch in "”’":
            opener = text.rfind("“" if ch == "”" else "‘", limit, i - 1)
            if opener < 0:
                break
            i = opener
            continue
        if ch in "）)":
            opener = max(text.rfind("（", limit, i - 1), text.rfind("(", limit, i - 1))
            if opener < 0:
                break
            i = opener
            continue
        if (ch in NAME_STOPS or ch in stops) and not mask[i - 1]:
            break
        if ch in STOP_ENDINGS and not mask[i - 1] and any(text.endswith(w, limit, i) for w in STOP_ENDINGS[ch]):
            break
        i -= 1
    return i


def clean_start(text: str, start: int, limit: int, keep: list[bool] | None = None, end: int | None = None) -> int:
    """Move ``start`` past verbs jieba finds and past an unbalanced opening or closing quote."""
    from graph.extract.segment import name_start
    trimmed = start + min(name_start(text[start:end or limit]), limit - start)
    while trimmed > start and keep is not None and keep[trimmed - 1] and keep[trimmed]:
        trimmed -= 1
    start = trimmed
    piece = text[start:limit]
    for i in range(len(piece) - 1, -1, -1):
        if piece[i] == "“" and "”" not in piece[i:]:
            return start + i + 1
        if piece[i] == "”" and "“" not in piece[:i]:
            return start + i + 1
    return start


def close_bracket(text: str, start: int, end: int) -> int:
    """Extend ``end`` over the closing bracket of a bracket the name opened: 中心(天津工业大学)."""
    name = text[start:end]
    for opener, closer in (("(", ")"), ("（", "）")):
        if name.count(opener) > name.count(closer):
            close = text.find(closer, end, end + 20)
            if close >= 0:
                return close + 1
    return end
