"""Bylines (``□记者孙祎 秦帆 通讯员刘贝贝``) and photo credits (``朱双银 王瑞荣 摄影报道``)."""
from __future__ import annotations

import re

from graph.model import Byline

ROLES = {"见习记者": "见习记者", "特约记者": "记者", "记者": "记者", "通讯员": "通讯员",
         "摄影记者": "摄影", "摄影": "摄影", "实习生": "通讯员"}
ROLE = re.compile("(" + "|".join(sorted(ROLES, key=len, reverse=True)) + ")")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def parse_byline(text: str) -> list[Byline]:
    """Every (role, name) of a byline; names without their own role share the one before."""
    text = re.sub(r"^[□■◆●▲\s\u3000]*(?:本报)?", "", text.strip())
    bylines: list[Byline] = []
    role = None
    for part in ROLE.split(text):
        if part in ROLES:
            role = ROLES[part]
            continue
        if role is None:
            continue
        for name in re.split(r"[\s\u3000、,，]+", part.strip()):
            if NAME.fullmatch(name):
                bylines.append(Byline(role, name))
    return bylines


def parse_credit(names: str) -> list[Byline]:
    """Photographers of a photo credit."""
    return [Byline("摄影", n) for n in re.split(r"[\s\u3000]+", names.strip()) if NAME.fullmatch(n)]
