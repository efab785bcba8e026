"""Round 19 of commitments on real text: written sentences in the shapes of the work sets
real67, real68 and real69 (docs/quality.md, "Round 19"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


def test_the_gerund_of_agreeing_with_what_to_do_is_an_agreement():
    assert commitments("Армения и Грузия обсудили развитие торговли, договорившись увеличить "
                       "поставки сельхозпродукции, сообщила пресс-служба правительства.") == [
        ("JOINT", "agreed")]
    # agreeing on a thing, with nothing to do, is no commitment
    assert commitments("Армения и Грузия обсудили развитие торговли, договорившись о встрече, "
                       "сообщила пресс-служба правительства.") == []


def test_an_amount_after_an_article_is_no_quantity_arriving():
    lead = "President Lula of Brazil met Prime Minister Costa of Portugal. "
    assert commitments(lead + "Portugal committed to provide an amount of 20 million euros in "
                              "scholarships.", lang="en") == [("PRT", "commit")]
    # trade that will amount to a sum is a forecast
    assert commitments(lead + "Bilateral trade will amount to 5 billion euros next year.", lang="en") == []


def test_kazakh_intentions_held_and_announced_and_a_view_reached():
    lead = "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. "
    assert commitments(lead + "Қазақстан тарапы көлік саласындағы ынтымақтастықты кеңейтуге ниетін "
                              "хабарлады.", lang="kk") == [("KAZ", "intend")]
    assert commitments(lead + "Екі ел су мәселесін бірлесіп шешеміз деген пайымға келді.", lang="kk") == [
        ("JOINT", "agreed")]
    # a word of intention with nothing held is none
    assert commitments(lead + "Кездесу жылы жағдайда өтті.", lang="kk") == []


def test_a_kazakh_dash_paragraph_under_the_head_of_state_is_his_sides():
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев БАҚ "
            "өкілдері үшін мәлімдеме жасады.\n"
            "Мемлекет басшысы келіссөздер сындарлы өткенін мәлімдеді.\n"
            "– Біздің көлік саласындағы ынтымақтастықты кеңейтуге ниетіміз бар.")
    assert commitments(text, lang="kk") == [("KAZ", "intend")]
    # under narrative with no sayer, the last person named as a subject speaks
    text = ("Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев БАҚ өкілдері үшін "
            "мәлімдеме жасады. Шавкат Мирзиёев келіссөздер сындарлы өткенін мәлімдеді.\n"
            "– Біздің көлік саласындағы ынтымақтастықты кеңейтуге ниетіміз бар.")
    assert commitments(text, lang="kk") == [("UZB", "intend")]


def test_a_condition_the_parse_hangs_elsewhere_commits_nobody():
    lead = "Президенты России и Азербайджана провели переговоры. "
    assert commitments(lead + "«И больше того, если это сотрудничество будет расширяться - еще и "
                              "лучше, мы в этом заинтересованы», - добавил российский лидер.") == [
        ("RUS", "intend")]
    # a commitment under a condition still binds
    assert commitments(lead + "«Если партнеры проявят интерес, мы будем расширять поставки "
                              "зерна», - добавил Путин.") == [("RUS", "commit")]


def test_an_english_visit_or_talks_announced_commit_nobody():
    lead = "President William Ruto of Kenya met President Nana Akufo-Addo of Ghana. "
    assert commitments(lead + "Akufo-Addo will be making the first state visit to this country by a "
                              "sitting Ghanaian Head of State.", lang="en") == []
    assert commitments(lead + "The two presidents will on Monday lead their delegations in bilateral "
                              "talks on trade.", lang="en") == []
    # leading a common effort is a commitment
    assert commitments(lead + "Kenya will lead efforts to expand trade with Ghana.", lang="en") == [
        ("KEN", "commit")]


def test_companies_agreeing_between_themselves_bind_no_state():
    lead = "Премьер-министры Кореи и Узбекистана провели переговоры. "
    assert commitments(lead + "Компания «Кориан эйр» договорилась с компанией «Узбекские авиалинии» о "
                              "расширении грузовых перевозок.") == []
    assert commitments(lead + "Стороны договорились о расширении грузовых перевозок.") == [("JOINT", "agreed")]


def test_support_sought_from_the_other_side_and_assurances():
    lead = "Prime Minister Sheikh Hasina of Bangladesh met Ambassador Ito Naoki of Japan. "
    assert commitments(lead + "The premier has sought continuous support of Japan in Bangladesh's "
                              "development.", lang="en") == [("BGD", "request")]
    assert commitments(lead + "The Japanese envoy assured of always staying beside Bangladesh in its "
                              "development efforts.", lang="en") == [("JPN", "commit")]
    # support sought from one's own side is no request to the other
    assert commitments(lead + "The premier has sought the support of her own ministers.", lang="en") == []


def test_countries_in_general_are_no_party():
    lead = "Prime Minister Pham Minh Chinh of Vietnam held a call with Prime Minister Luxon of New Zealand. "
    assert commitments(lead + "The Vietnamese PM stressed that in the current context, countries need to "
                              "promote dialogue and mutual understanding.", lang="en") == []
    assert commitments(lead + "The Vietnamese PM stressed that the two brotherly countries need to "
                              "promote trade.", lang="en") == [("VNM", "propose")]


def test_a_state_named_with_a_plural_is_no_generic_plural():
    assert commitments("Korea and the United States held talks. The United States will provide "
                       "grants to Korean students.", lang="en") == [("USA", "commit")]


def test_a_kazakh_passive_plan_and_a_reported_schedule():
    lead = "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. "
    assert commitments(lead + "Келесі жылы бірлескен зауытта трактор өндірісін іске қосу жоспарланған.",
                       lang="kk") == [("JOINT", "intend")]
    # "it is planned that someone will attend" is a schedule
    assert commitments(lead + "Мемлекет басшысы саммитке қатысады деп жоспарланған.", lang="kk") == []
