"""jieba where it helps: trimming the verbs and adverbs that a left-extended name swallowed.

Suffix grammar finds where a name ends (…集团); walking left over characters finds roughly where
it starts, but Chinese has no spaces, so ``全面展示天津城投集团`` comes out whole. jieba's
dictionary segmentation (no HMM, about 500k chars/s) with its part-of-speech table cuts it after
the last verb, adverb, preposition or conjunction: 天津城投集团.
"""
from __future__ import annotations

import logging
from functools import lru_cache

STOP_TAGS = {"vn_stop", "v", "vd", "d", "p", "c", "uz", "ul", "uj", "ug", "uv", "ud", "r", "ad", "y", "e"}
SINGLE_STOPS = {"m", "p", "c", "uz", "ul", "uj", "ug", "uv", "ud", "r"}
NAME_VERBS = {"创新", "服务", "管理", "发展", "建设", "保障", "监督", "研究", "检测", "教育", "培训", "救援", "协作",
              "合作", "交流", "改革", "促进", "实践", "育人", "制造", "开发", "投资", "运营", "治理", "监测", "评价",
              "应急", "联合", "公共", "就业", "安全", "生产", "保护", "防御", "康复", "体验", "融合", "示范",
              "推广", "支援", "帮扶", "对接", "孵化", "审计", "计量", "消防", "疗养", "急救", "卫生", "健康",
              "民族", "振兴", "传承", "共建", "协同", "征信", "党校", "指导", "调解", "党建", "宣讲", "信用",
              "加工", "处理", "勤务", "机动", "发展改革", "综合", "监督管理", "之"}


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba, jieba.posseg.dt.word_tag_tab


def warm_up() -> None:
    """Load jieba's dictionary now (about half a second) rather than on the first article."""
    _jieba()


def name_start(candidate: str) -> int:
    """How many leading characters of ``candidate`` are not part of the name."""
    if len(candidate) < 5:
        return 0
    jieba, tags = _jieba()
    words = jieba.lcut(candidate, HMM=False)
    keep = len(candidate)
    for word in reversed(words):
        tag = tags.get(word, "n")
        stops = tag in STOP_TAGS and (len(word) >= 2 or tag in SINGLE_STOPS) or (tag == "a" and len(word) == 2)
        if word not in NAME_VERBS and stops and keep < len(candidate):
            break
        keep -= len(word)
    return keep


def has_verb(phrase: str) -> bool:
    """Does ``phrase`` hold a two-character verb or adjective (a slogan rather than a name)?"""
    jieba, tags = _jieba()
    return any(len(w) >= 2 and tags.get(w, "n") in ("v", "a", "ad", "d", "vd") for w in jieba.lcut(phrase, HMM=False))
