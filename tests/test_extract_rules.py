"""The extraction rules on small articles written for the tests (not the seed pages)."""
from __future__ import annotations

import pytest

from graph.extract import make_extractor
from graph.model import Article, Source


@pytest.fixture(scope="module")
def extractor():
    return make_extractor()


def extract(extractor, text, title=None, name="t.txt"):
    title = title or text.split("\n")[0]
    source = Source(name, name, "0" * 40, "utf-8", len(text))
    part = extractor(source, Article(name, 0, title, text, 0, len(text)))
    entities = {(e.type, e.name): e for e in part.entities}
    names = {e.key: e.name for e in part.entities}
    relations = {(names[r.head], r.type, names[r.tail]): r for r in part.relations}
    return entities, relations


def test_city_short_forms_get_the_home_city(extractor):
    entities, _ = extract(extractor, "本报讯 近日,市人社局与市公安局出入境管理局在我市召开就业工作座谈会。")
    org = entities[("Organization", "天津市人力资源和社会保障局")]
    assert "市人社局" in org.aliases and org.properties["category"] == "government"
    assert ("Organization", "天津市公安局出入境管理局") in entities
    assert ("Organization", "天津市公安局") in entities


def test_district_organs_get_the_article_district(extractor):
    entities, relations = extract(extractor, "河西区召开会议\n日前,河西区召开安全生产工作会议,区委、区应急管理局负责同志出席。")
    assert ("Organization", "中共天津市河西区委员会") in entities
    assert ("Organization", "河西区应急管理局") in entities
    assert ("河西区应急管理局", "LOCATED_IN", "河西区") in relations


def test_regions_resolve_with_their_parents(extractor):
    entities, relations = extract(extractor, "津南区小站镇就业驿站揭牌,甘肃省甘南藏族自治州卓尼县代表参加。")
    assert entities[("Region", "小站镇")].properties["level"] == "town"
    assert ("小站镇", "PART_OF", "津南区") in relations
    assert ("卓尼县", "PART_OF", "甘南藏族自治州") in relations
    assert entities[("Region", "甘肃省")].properties["level"] == "province"


def test_ambiguous_region_names_follow_the_paper_city(extractor):
    entities, _ = extract(extractor, "河东区富民路街道天鼎社区开展安全知识科普活动。")
    assert entities[("Region", "河东区")].properties["adcode"] == "120102"
    assert entities[("Region", "天鼎社区")].properties["level"] == "community"


def test_generic_mentions_are_not_entities(extractor):
    entities, _ = extract(extractor, "各街镇和有关部门参加,18家金融机构和社区工作人员到场。")
    assert not [k for k in entities if k[0] == "Organization"]


def test_title_name_pattern_gives_a_person_and_a_position(extractor):
    entities, relations = extract(extractor, "“患者就近看得好。”天津医科大学第二医院医务部主任邹颖表示,医院将继续支持社区。")
    assert ("Person", "邹颖") in entities
    position = [r for k, r in relations.items() if k[0] == "邹颖" and k[1] == "HOLDS_POSITION"]
    assert position and position[0].properties["title"] == "医务部主任"


def test_events_are_held_with_their_kind(extractor):
    text = "本报讯 日前,天津港保税区组织举办“金融赋能 创新共赢”创新型中小企业银企对接会,18家企业参加了此次活动。"
    entities, relations = extract(extractor, text)
    event = entities[("Event", "“金融赋能 创新共赢”创新型中小企业银企对接会")]
    assert event.properties["kind"] == "meeting"
    holds = relations[("天津港保税区", "HOLDS", "“金融赋能 创新共赢”创新型中小企业银企对接会")]
    assert holds.evidence.sentence == text
    assert text[holds.evidence.start:holds.evidence.end] == text


def test_documents_initiatives_and_awards(extractor):
    entities, relations = extract(extractor, "东丽区总工会荣获“全国工人先锋号”,并印发《职工关爱行动实施方案》,"
                                             "持续推进“十项行动”。")
    assert ("Award", "全国工人先锋号") in entities
    assert ("Document", "职工关爱行动实施方案") in entities
    assert ("Initiative", "十项行动") in entities
    assert ("东丽区总工会", "RECEIVES", "全国工人先锋号") in relations
    assert ("东丽区总工会", "ISSUES", "职工关爱行动实施方案") in relations


def test_pairing_regions_partner(extractor):
    _, relations = extract(extractor, "河西区与卓尼县召开东西部协作和对口支援工作座谈会。")
    assert ("河西区", "PARTNERS_WITH", "卓尼县") in relations


def test_visits_and_coreference_of_short_forms(extractor):
    entities, relations = extract(extractor, "河西区党政考察团赴甘肃省平凉市开展考察调研。考察团还来到崆峒区。")
    assert ("河西区党政考察团", "VISITS", "平凉市") in relations
    assert ("河西区党政考察团", "VISITS", "崆峒区") in relations
    assert "考察团" in entities[("Organization", "河西区党政考察团")].aliases


def test_one_entity_per_name_with_every_surface(extractor):
    entities, _ = extract(extractor, "蒙牛乳制品(天津)有限责任公司工会举办活动。天津征信公司参加。")
    assert ("Organization", "蒙牛乳制品(天津)有限责任公司工会") in entities
    assert ("Organization", "蒙牛乳制品(天津)有限责任公司") in entities
    assert entities[("Region", "天津市")].aliases == ("天津",)


def test_listed_units_take_part_in_the_event(extractor):
    text = ("河西区开展防汛应急演练\n演练中,河西区应急管理局、河西区消防救援支队、天塔街道办事处等单位赶赴现场。"
            "东丽区总工会组织职工前往天津市职工疗养中心,开展免费健康体检活动。")
    _, relations = extract(extractor, text)
    for unit in ("河西区应急管理局", "河西区消防救援支队", "天塔街道办事处"):
        assert (unit, "PARTICIPATES_IN", "防汛应急演练") in relations
    assert ("免费健康体检活动", "HELD_AT", "天津市职工疗养中心") in relations


def test_an_award_earlier_in_a_profile_goes_to_the_person_it_describes(extractor):
    _, relations = extract(extractor, "护理先锋\n李娜,河东区人民医院护理部主任,曾荣获“全国五一劳动奖章”,2023年荣膺“天津市最美护士”。")
    assert ("李娜", "RECEIVES", "全国五一劳动奖章") in relations
    assert ("李娜", "RECEIVES", "天津市最美护士") in relations
    assert not any(rel == "RECEIVES" and head == "河东区人民医院" for head, rel, _ in relations)


def test_an_award_used_as_a_title_goes_to_the_person_or_unit_named_after_it(extractor):
    _, relations = extract(extractor, "表彰会\n会上,时代楷模张黎明、中国好人王红梅作了发言。全国最美家庭代表李强家庭分享了家风故事。"
                                      "全国工人先锋号先进集体——东丽区总工会介绍了经验。")
    assert ("张黎明", "RECEIVES", "时代楷模") in relations
    assert ("王红梅", "RECEIVES", "中国好人") in relations
    assert ("东丽区总工会", "RECEIVES", "全国工人先锋号") in relations


def test_an_agreement_signed_without_title_marks_is_a_document_its_signers_sign(extractor):
    entities, relations = extract(extractor, "两地签约\n本报讯 日前,河西区与卓尼县签署东西部协作框架协议。双方签订了合作协议。")
    assert ("Document", "东西部协作框架协议") in entities
    assert ("河西区", "SIGNS", "东西部协作框架协议") in relations and ("卓尼县", "SIGNS", "东西部协作框架协议") in relations
    assert not any(type_ == "Document" and "合作协议" == name[-4:] and len(name) <= 5 for type_, name in entities)


def test_the_parties_of_a_signing_ceremony_sign_its_document(extractor):
    _, relations = extract(extractor, "签约\n本报讯 昨日,市总工会与市人社局举行《关于加强职工技能培训的合作备忘录》签约仪式。")
    assert ("天津市总工会", "SIGNS", "关于加强职工技能培训的合作备忘录") in relations
    assert ("天津市人力资源和社会保障局", "SIGNS", "关于加强职工技能培训的合作备忘录") in relations


def test_units_that_jointly_hold_something_are_partners(extractor):
    _, relations = extract(extractor, "读书节\n本报讯 日前,由和平区总工会联合和平区文化和旅游局、和平区教育局共同举办的职工读书节开幕。"
                                      "和平区总工会联合和平区教育局的调研显示,职工阅读时间增加。")
    partners = {frozenset((h, t)) for h, rel, t in relations if rel == "PARTNERS_WITH"}
    assert frozenset(("和平区总工会", "和平区文化和旅游局")) in partners
    assert frozenset(("和平区总工会", "和平区教育局")) in partners
    assert all(r.evidence.rule != "partners:联合-holds" or "举办" in r.evidence.sentence for r in relations.values())
