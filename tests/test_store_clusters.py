"""Near-duplicate threshold, measured on hand-written pairs.

SAME: one story as two outlets print it (a reprint with edits, a rewritten lead, a shortened
version, an agency copy with its own boilerplate). DIFFERENT: separate stories that look
alike (one ministry's template with other countries and numbers, the same two countries a
month later, a follow-up on the same talks). The measured similarities are in docs/store.md;
``python tests/test_store_clusters.py`` prints them again.
"""
from __future__ import annotations

import pytest

from accords.track.clusters import (THRESHOLD, StoryIndex, from_bytes, minhash, shingles,
                                    similarity, to_bytes)

A_MFA = """Министр иностранных дел Республики Казахстан Ержан Ахметов провел переговоры с министром иностранных дел Сербии Марко Јовичем в Астане.

Стороны обсудили ход реализации договоренностей, достигнутых в ходе визита Президента Сербии в Казахстан, а также подготовку очередного заседания межправительственной комиссии по торгово-экономическому сотрудничеству.

По итогам 2025 года товарооборот между странами вырос на 12,4% и составил 148,2 млн долларов США. Министры отметили потенциал расширения поставок казахстанского зерна и металлопродукции на сербский рынок, а также сербской фармацевтической продукции в Казахстан.

«Мы рассчитываем довести товарооборот до 300 млн долларов в ближайшие три года», – заявил Ержан Ахметов.

В завершение встречи стороны договорились провести следующий раунд политических консультаций в Белграде во втором полугодии."""

A_AGENCY = """АСТАНА, 14 марта. Глава МИД Казахстана Ержан Ахметов провел переговоры с министром иностранных дел Сербии Марко Јовичем, сообщает пресс-служба казахстанского внешнеполитического ведомства.

Стороны обсудили ход реализации договоренностей, достигнутых в ходе визита Президента Сербии в Казахстан, а также подготовку очередного заседания межправительственной комиссии по торгово-экономическому сотрудничеству.

По итогам 2025 года товарооборот между странами вырос на 12,4% и составил 148,2 млн долларов США. Министры отметили потенциал расширения поставок казахстанского зерна и металлопродукции на сербский рынок.

«Мы рассчитываем довести товарооборот до 300 млн долларов в ближайшие три года», – заявил Ахметов.

Ранее сообщалось, что Казахстан и Сербия подписали соглашение о взаимной защите инвестиций.

Подписывайтесь на наш канал в Telegram."""

B_GOV = """Премьер-министр Республики Узбекистан Абдулла Арипов встретился с Председателем Кабинета министров Кыргызской Республики Адылбеком Касымалиевым на полях заседания Совета глав правительств СНГ в Душанбе.

В ходе встречи обсуждены вопросы развития транспортных коридоров, в том числе строительства железной дороги Китай – Кыргызстан – Узбекистан, а также совместного использования водно-энергетических ресурсов.

Стороны подчеркнули, что за январь-сентябрь текущего года объем взаимной торговли достиг 1,1 млрд долларов, увеличившись на 18 процентов. Принято решение поручить профильным ведомствам подготовить дорожную карту по наращиванию поставок электроэнергии в осенне-зимний период.

Главы правительств договорились провести очередное заседание межправительственного совета в Бишкеке."""

B_REWRITE = """Главы правительств Узбекистана и Кыргызстана Абдулла Арипов и Адылбек Касымалиев провели встречу в Душанбе, где проходит заседание Совета глав правительств СНГ.

Как сообщает пресс-служба узбекского правительства, в ходе встречи обсуждены вопросы развития транспортных коридоров, в том числе строительства железной дороги Китай – Кыргызстан – Узбекистан, а также совместного использования водно-энергетических ресурсов.

По данным сторон, за январь-сентябрь текущего года объем взаимной торговли достиг 1,1 млрд долларов, увеличившись на 18 процентов.

Профильным ведомствам поручено подготовить дорожную карту по наращиванию поставок электроэнергии в осенне-зимний период. Очередное заседание межправительственного совета пройдет в Бишкеке."""

C_EN = """Russian Deputy Prime Minister Alexei Overchuk held talks in Minsk with Belarusian Prime Minister Roman Golovchenko on the implementation of the Union State programmes.

The sides reviewed progress on the harmonisation of tax and customs legislation and agreed to speed up work on a common electricity market, which is due to start operating in 2026.

Trade between Russia and Belarus reached 45.6 billion dollars last year, up 6 percent, Overchuk said, adding that more than 90 percent of settlements are now made in national currencies.

The two governments will hold a joint meeting of the Council of Ministers of the Union State in December."""

C_EN_COPY = """MINSK, Oct 3 - Russia's Deputy Prime Minister Alexei Overchuk held talks in Minsk with Belarusian Prime Minister Roman Golovchenko on Thursday on the implementation of the Union State programmes, the Belarusian government said.

The sides reviewed progress on the harmonisation of tax and customs legislation and agreed to speed up work on a common electricity market, which is due to start operating in 2026.

Trade between Russia and Belarus reached 45.6 billion dollars last year, up 6 percent, Overchuk said, adding that more than 90 percent of settlements are now made in national currencies.

(Reporting by the Minsk bureau; editing by the desk)"""

D_SHORT = """Президент Казахстана провел телефонный разговор с Президентом Турции. Главы государств обсудили актуальные вопросы двусторонней повестки дня, включая расширение торгово-экономического сотрудничества, реализацию совместных инвестиционных проектов в энергетике и транспорте. Стороны выразили удовлетворение динамикой роста товарооборота, который по итогам прошлого года превысил 6,3 млрд долларов США. Президенты договорились продолжить регулярные контакты на высшем уровне и подтвердили приглашение к визиту в Анкару."""

D_SHORT_COPY = """Состоялся телефонный разговор Президента Казахстана с Президентом Турции, сообщает Акорда. Главы государств обсудили актуальные вопросы двусторонней повестки дня, включая расширение торгово-экономического сотрудничества, реализацию совместных инвестиционных проектов в энергетике и транспорте. Стороны выразили удовлетворение динамикой роста товарооборота, который по итогам прошлого года превысил 6,3 млрд долларов США."""

# --- different stories that look alike -------------------------------------------------

A_TEMPLATE_OTHER = """Министр иностранных дел Республики Казахстан Ержан Ахметов провел переговоры с министром иностранных дел Венгрии Петером Сабо в Астане.

Стороны обсудили ход реализации договоренностей, достигнутых в ходе визита Премьер-министра Венгрии в Казахстан, а также подготовку очередного заседания межправительственной комиссии по экономическому сотрудничеству.

По итогам 2025 года товарооборот между странами снизился на 3,1% и составил 512,7 млн долларов США. Министры отметили потенциал расширения поставок казахстанской нефти и удобрений на венгерский рынок, а также венгерского медицинского оборудования в Казахстан.

«Венгрия остается нашим надежным партнером в Центральной Европе», – заявил Ержан Ахметов.

В завершение встречи стороны договорились провести бизнес-форум в Будапеште осенью."""

A_LATER = """Министр иностранных дел Сербии Марко Јович посетил Астану для участия в заседании межправительственной комиссии по торгово-экономическому сотрудничеству между Казахстаном и Сербией.

В работе комиссии приняли участие представители министерств сельского хозяйства, энергетики и транспорта. По итогам заседания подписан протокол, предусматривающий запуск прямого авиасообщения между Астаной и Белградом и создание совместного предприятия по производству лекарственных средств.

Сопредседатель комиссии с казахстанской стороны, министр торговли и интеграции, отметил, что за первое полугодие текущего года товарооборот увеличился на 20% по сравнению с аналогичным периодом прошлого года.

Следующее заседание комиссии пройдет в Белграде в 2027 году."""

B_FOLLOWUP = """В Бишкеке состоялось заседание межправительственного совета Кыргызстана и Узбекистана под председательством глав правительств двух стран.

Стороны утвердили дорожную карту по поставкам электроэнергии и график работ на участке железной дороги Китай – Кыргызстан – Узбекистан, проходящем через Джалал-Абадскую область. Подписаны соглашения о строительстве приграничного торгово-логистического центра и о сотрудничестве в области ветеринарии.

Адылбек Касымалиев сообщил, что к концу года объем взаимной торговли может превысить 1,5 млрд долларов, а в 2030 году – достичь 5 млрд долларов."""

C_EN_OTHER = """Russian Deputy Prime Minister Alexei Overchuk held talks in Yerevan with Armenian Deputy Prime Minister Mher Grigoryan on the work of the intergovernmental commission.

The sides reviewed progress on the supply of natural gas and grain, and agreed to resume work on the modernisation of the South Caucasus Railway, which is due to be completed in 2028.

Trade between Russia and Armenia reached 7.3 billion dollars last year, up 40 percent, Overchuk said, adding that settlements in national currencies exceed 95 percent.

The two governments will hold the next meeting of the commission in Moscow in the spring."""

D_SHORT_OTHER = """Президент Казахстана провел телефонный разговор с Президентом Азербайджана. Главы государств обсудили актуальные вопросы двусторонней повестки дня, включая транзит грузов по Транскаспийскому международному транспортному маршруту и сотрудничество в нефтегазовой сфере. Стороны выразили удовлетворение динамикой роста товарооборота, который по итогам прошлого года превысил 500 млн долларов США. Президент Азербайджана поздравил казахстанского лидера с наступающим праздником Наурыз."""

SAME = [
    ("mfa reprint by an agency", A_MFA, A_AGENCY),
    ("government release rewritten", B_GOV, B_REWRITE),
    ("english wire copy", C_EN, C_EN_COPY),
    ("short call readout, shortened copy", D_SHORT, D_SHORT_COPY),
]
DIFFERENT = [
    ("same ministry template, other country", A_MFA, A_TEMPLATE_OTHER),
    ("same countries, later commission", A_MFA, A_LATER),
    ("same countries, follow-up meeting", B_GOV, B_FOLLOWUP),
    ("same english template, other country", C_EN, C_EN_OTHER),
    ("same call template, other country", D_SHORT, D_SHORT_OTHER),
    ("agency copy vs later commission", A_AGENCY, A_LATER),
    ("rewrite vs follow-up", B_REWRITE, B_FOLLOWUP),
]


@pytest.mark.parametrize("name,a,b", SAME, ids=[n for n, _, _ in SAME])
def test_rewrites_of_one_story_are_above_the_threshold(name, a, b):
    assert similarity(a, b) >= THRESHOLD + 0.05


@pytest.mark.parametrize("name,a,b", DIFFERENT, ids=[n for n, _, _ in DIFFERENT])
def test_lookalike_stories_are_below_the_threshold(name, a, b):
    assert similarity(a, b) <= THRESHOLD - 0.05


def test_index_links_copies_to_the_first_story():
    index = StoryIndex()
    for key, text in enumerate([A_MFA, B_GOV, C_EN, D_SHORT, A_TEMPLATE_OTHER, A_LATER], 1):
        m = minhash(text)
        assert index.match(m) is None, key
        index.add(key, m, key)
    story, sim = index.match(minhash(A_AGENCY))
    assert story == 1 and sim >= THRESHOLD
    index.add(7, minhash(A_AGENCY), story)
    assert index.match(minhash(B_REWRITE))[0] == 2
    assert index.match(minhash(D_SHORT_COPY))[0] == 4
    assert index.match(minhash(D_SHORT_OTHER)) is None
    index.remove(1)
    assert index.match(minhash(A_MFA))[0] == 1      # still the story, through its copy 7


def test_signature_round_trip_and_empty_text():
    m = minhash(C_EN)
    again = from_bytes(to_bytes(m))
    assert again.jaccard(m) == 1.0 and len(to_bytes(m)) == 4 * len(m.hashvalues)
    assert shingles("") == set()
    assert StoryIndex().match(minhash("")) is None
    assert shingles("Казахстан") == {"казахстан".encode()}
    assert any(s.startswith("#107,7/".encode()) for s in shingles("составил 107,7 млн"))


def test_a_batch_links_to_stored_copies_and_to_its_own_earlier_ones():
    index = StoryIndex()
    index.add(1, minhash(A_MFA), 1)
    index.add(2, minhash(B_GOV), 2)
    batch = [minhash(t) for t in (A_AGENCY, D_SHORT, C_EN, D_SHORT_COPY, B_REWRITE, "")]
    # the agency copy joins stored story 1, the shortened call readout the batch's own
    # second document (position 1 -> -2), the rewrite stored story 2; the rest start stories
    assert index.link_batch(batch) == [1, None, None, -2, 2, None]
    assert len(index) == 2        # the batch is not in the index until it is stored
    assert index.link_batch([]) == []


def test_the_index_keeps_a_bounded_window_of_the_latest_signatures():
    index = StoryIndex(limit=3)
    for key, text in enumerate([A_MFA, B_GOV, C_EN, D_SHORT], 1):
        index.add(key, minhash(text), key)
    assert len(index) == 3
    assert index.match(minhash(A_AGENCY)) is None          # story 1 left the window
    assert index.match(minhash(D_SHORT_COPY))[0] == 4


def test_signatures_keep_the_values_stored_by_earlier_versions():
    # recorded with datasketch 2.0.0's MinHash (affine32, seed 1, CRC-32), which wrote the
    # signatures of stores made before Accords computed them itself: they must still compare
    assert [int(v) for v in minhash(A_MFA).hashvalues[:6]] == [
        2992637, 15295697, 7095250, 9331207, 12909656, 8335819]
    assert [int(v) for v in minhash(C_EN).hashvalues[-4:]] == [455404, 7542673, 786593, 1827635]
    assert [int(v) for v in minhash("Казахстан").hashvalues[:3]] == [2306368546, 277704975, 765394907]
    assert minhash("").is_empty() and not minhash("Казахстан").is_empty()


if __name__ == "__main__":  # print the measurements behind docs/store.md
    for label, pairs in (("same story", SAME), ("different stories", DIFFERENT)):
        for name, a, b in pairs:
            print(f"{label:18} {similarity(a, b):.2f}  {name}")
