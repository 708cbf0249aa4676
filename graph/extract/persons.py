"""Person mentions: a post title before a name (站长廉捷业), a name before a speech verb or an
honorific (邹颖表示, 习近平总书记), and a name opening a profile (张海洋，天津市急救中心…).

Names are a common surname and one or two more characters; the length is the one after which
the text goes on with a boundary (punctuation, a speech verb, 等, 家庭 …).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.lexicon import Lexicon
from graph.extract.spans import EntitySpan
from graph.model import Entity

SURNAMES = ("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 "
            "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 "
            "余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 阎 段 雷 "
            "侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 "
            "章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 "
            "冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 "
            "娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 "
            "桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 廉").split()
BOUNDARY = set("，,。、；;：:！？!?”“（(）) \u3000\n")
AFTER_WORDS = ("等", "和", "与", "及", "家庭", "老人", "同志", "总书记", "被", "在", "为", "的", "也", "带领", "一行",
               "现场", "向", "对", "作", "告诉", "说", "是", "从", "通过", "还", "将", "正", "先后", "利用", "同学")
HONORIFICS = ("总书记", "同志")
TITLE_ONLY = {"女士", "先生", "同学", "老师", "师傅", "阿姨", "大爷", "某", "某某"}
NAME_CHARS = r"[\u4e00-\u9fff]"
NOT_NAME = set("的了在和与是为等对将把被从这那其个们年月日届次")


@dataclass(frozen=True)
class PersonFinder:
    lexicon: Lexicon
    titled: re.Pattern
    spoken: re.Pattern
    honored: re.Pattern
    profile: re.Pattern

    @classmethod
    def build(cls, lexicon: Lexicon) -> "PersonFinder":
        surname = "(?:" + "|".join(sorted(SURNAMES, key=len, reverse=True)) + ")"
        name = f"({surname}{NAME_CHARS}{{1,2}})"
        titles = "|".join(map(re.escape, lexicon.person_titles))
        verbs = "|".join(map(re.escape, lexicon.speech_verbs))
        return cls(lexicon,
                   titled=re.compile(f"(?:{titles}){name}"),
                   spoken=re.compile(f"(?:^|(?<=[，,。“”：:；\\s])){name}(?={verbs})"),
                   honored=re.compile(f"{name}(?={'|'.join(HONORIFICS)})"),
                   profile=re.compile(f"(?:^|(?<=[。\\n]))({surname}{NAME_CHARS}{{1,2}})(?=[，,])"))

    def find(self, text: str) -> list[EntitySpan]:
        spans: dict[tuple[int, int], EntitySpan] = {}
        for pattern, rule in ((self.titled, "title-name"), (self.spoken, "name-speech"),
                              (self.honored, "name-honorific"), (self.profile, "name-profile")):
            for match in pattern.finditer(text):
                start = match.start(1)
                name = self._trim(text, start, match.group(1), rule)
                if name is None:
                    continue
                spans.setdefault((start, start + len(name)),
                                 EntitySpan(Entity("Person", name), start, start + len(name), name, rule))
        return sorted(spans.values(), key=lambda s: s.start)

    def _trim(self, text: str, start: int, candidate: str, rule: str) -> str | None:
        """The name's length: the longest form followed by a boundary."""
        if start and text[start - 1] in "相有各该":
            return None
        for size in (3, 2) if len(candidate) == 3 else (2,):
            name = text[start:start + size]
            if any(ch in NOT_NAME for ch in name[1:]):
                continue
            rest = text[start + size:start + size + 3]
            if rest[:1] in ("人", "士") or name[1:] in TITLE_ONLY:
                continue
            if not rest or rest[0] in BOUNDARY or rest.startswith(AFTER_WORDS) \
                    or rest.startswith(self.lexicon.speech_verbs) or rest.startswith(HONORIFICS):
                return name
        return None
