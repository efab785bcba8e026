"""Round 17 of commitments on real text: written sentences in the shapes fresh public
releases and the work set real34 use (docs/quality.md, "Round 17"), each with a near miss
that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


LEAD = "Президенты Беларуси и Вьетнама провели переговоры в Минске. "


def test_a_joint_product_is_no_instruction_to_both_sides():
    # the side that undertakes to build a joint plant is the one committed
    assert commitments(LEAD + "Вьетнамская сторона обязуется создать совместное с Беларусью "
                              "молочное производство.") == [("VNM", "commit")]
    # an instruction to a joint body binds both sides
    assert commitments(LEAD + "Президенты поручили руководителям нашей совместной группы "
                              "подготовить план.") == [("JOINT", "commit")]


def test_what_carrying_out_a_plan_will_raise_is_a_forecast():
    lead = "Вице-премьеры России и Венесуэлы провели заседание комиссии. "
    assert commitments(lead + "Москва приветствует интерес Каракаса к расширению сотрудничества — "
                              "выполнение целей плана до 2030 года повысит двусторонний "
                              "товарооборот.") == []
    assert commitments(lead + "Реализация этих проектов увеличит товарооборот.") == []
    assert commitments(lead + "Выполнение плана повысит товарооборот и поспособствует вхождению "
                              "Венесуэлы в число главных партнеров России.") == []
    # a party that will raise something commits
    assert commitments(lead + "Россия увеличит поставки зерна в Венесуэлу.") == [("RUS", "commit")]


def test_a_question_settled_is_agreed_and_where_goods_go_is_not_who_ships_them():
    assert commitments(LEAD + "Решен вопрос о поставках во Вьетнам в течение года техники МАЗ.") == [
        ("JOINT", "agreed")]
    got = commitments(LEAD + "Также во Вьетнам будут поставлены новые тракторы, разработанные "
                             "совместно с вьетнамскими специалистами.")
    assert ("VNM", "commit") not in got


def test_proposals_to_be_reviewed_and_put_in_a_plan_are_a_step_not_a_discussion():
    lead = "Вице-премьеры России и Венесуэлы провели заседание комиссии. "
    assert commitments(lead + "«Новые предложения — а это 42 проекта — будут рассмотрены "
                              "российскими профильными ведомствами и включены в план», — рассказал "
                              "вице-премьер России.") == [("RUS", "commit")]
    # ministers who will discuss questions announce a discussion
    assert commitments(lead + "Министры рассмотрят вопросы торговли.") == []


def test_a_first_person_plural_future_with_its_object_first_is_the_speakers():
    lead = "Казахстан и Россия развивают сотрудничество. Посол Казахстана выступил на круглом столе. "
    assert commitments(lead + "«К 2030 году все дороги в первую категорию переведем», — сказал он.") == [
        ("KAZ", "commit")]


def test_an_unowned_goal_said_by_one_sides_official_is_that_sides():
    lead = "Казахстан и Россия развивают сотрудничество. "
    assert commitments(lead + "«Задача — выйти на 30 миллиардов долларов», — сказал посол "
                              "Казахстана Даурен Абаев.") == [("KAZ", "intend")]
    assert commitments(lead + "Цель — выйти на 30 миллиардов долларов, сказал посол Казахстана "
                              "Даурен Абаев.") == [("KAZ", "intend")]
    # a goal set in the two states' cooperation stays both sides', whoever tells it
    assert commitments("Россия и Турция развивают сотрудничество. Как сказал посол Турции, в "
                       "сотрудничестве России и Турции существует масштабная задача: через "
                       "несколько лет выйти на 100 миллиардов долларов торгового оборота.") == [
        ("JOINT", "intend")]
    # nobody tells it: both sides'
    assert commitments(lead + "Цель — довести товарооборот до 40 миллиардов долларов.") == [
        ("JOINT", "intend")]


EN = "India and the United States held talks in Washington. "


def test_english_eagerness_a_decision_taken_goals_in_passing_and_a_visits_length():
    assert commitments(EN + "Both leaders expressed eagerness to reconvene the Trade Policy Forum "
                            "by the end of 2023.", "en") == [("JOINT", "intend")]
    assert commitments(EN + "It has been decided to boost trans-border connectivity.", "en") == [
        ("JOINT", "agreed")]
    # goals named in passing state no goal; goals reaffirmed for a purpose do
    assert commitments(EN + "In a significant display of the partnership and shared goals, the "
                            "leaders unveiled a joint statement.", "en") == []
    assert commitments(EN + "They reaffirmed their joint goals for enhancing bilateral "
                            "partnerships.", "en") == [("JOINT", "intend")]
    # how long a visit lasts is its schedule
    assert commitments(EN + "Trump's visit will last from 8 to 10 November.", "en") == []


def test_english_agreeing_after_a_signing_and_two_heads_of_state_after_and():
    assert commitments("ISLAMABAD: Pakistan and Australia have signed a memorandum of "
                       "understanding, agreeing to take every possible step in increasing "
                       "bilateral trade.", "en") == [("JOINT", "agreed")]
    lead = "President Alassane Ouattara held talks with his Angolan counterpart João Lourenço. "
    assert commitments(lead + "The two Heads of State welcomed the relations, and pledged to "
                              "work to intensify them.", "en") == [("JOINT", "commit")]


def test_the_head_of_the_cabinet_and_a_need_put_on_the_sides():
    lead = ("Председатель Кабинета министров Кыргызской Республики Акылбек Жапаров провёл встречу "
            "с заместителем премьер-министра Республики Узбекистан Сардором Умурзаковым. ")
    assert commitments(lead + "Для достижения товарооборота между странами в 2 млрд долларов, глава "
                              "кабмина предложил создать совместные предприятия.") == [("KGZ", "propose")]
    assert commitments("В 2024 году Китай и Россия довели товарооборот до рекордного уровня. В этом "
                       "году динамика другая, для возвращения к росту товарооборота сторонам "
                       "необходимо приложить усилия.") == [("JOINT", "commit")]
    # a need put on business is no party's
    assert commitments("Китай и Россия провели переговоры. Бизнесу нужно активнее осваивать "
                       "новые рынки.") == []


def test_a_subjectless_present_plan_after_the_sides_agreed_is_theirs():
    lead = ("Президенты Белоруссии и Узбекистана провели переговоры. Лидеры двух стран договорились "
            "учредить общую компанию и вместе построить птицефабрики. ")
    assert commitments(lead + "Их продукцию планируют поставлять в Афганистан.") == [
        ("JOINT", "agreed"), ("JOINT", "intend")]


def test_a_past_form_the_tagger_reads_as_future_is_no_plan():
    said = ("Александр Лукашенко прибыл в Ташкент 7 февраля. Его поездку предварял второй форум "
            "регионов Узбекистана и Белоруссии, на котором Минск и Ташкент договорились до 2025 года "
            "реализовать проекты на сумму более $1 млрд.")
    assert commitments(said) == [("JOINT", "agreed")]


def test_english_reached_consensus_on_measures_and_fms_is_no_name():
    rec = extract_text("Vietnam and Ghana held talks. At the talks, both deputy FMs reached "
                       "consensus on specific measures to boost bilateral ties.", lang="en").to_dict()
    assert [(c["actor"], c["modality"]) for c in rec["commitments"]] == [("JOINT", "agreed")]
    assert rec["persons"] == []


def test_an_english_we_that_acts_on_each_other_is_both_sides():
    lead = "Prime Minister Narendra Modi met President Donald Trump in Washington. "
    said = ("“Our teams will work on concluding very soon a mutually beneficial trade agreement,” "
            "Modi said.")
    assert commitments(lead + said, "en") == [("JOINT", "commit")]
    said = "“We will protect each other’s interests,” Modi said."
    assert commitments(lead + said, "en") == [("JOINT", "commit")]
    # a "we" with no reciprocity is the speaker's side
    said = "“We will expand our exports of pharmaceuticals,” Modi said."
    assert commitments(lead + said, "en") == [("IND", "commit")]


def test_a_russian_we_that_acts_on_each_other_is_both_sides():
    lead = "Президенты Казахстана и Узбекистана провели переговоры. "
    assert commitments(lead + "«Мы будем защищать интересы друг друга», — сказал Токаев.") == [
        ("JOINT", "commit")]
    assert commitments(lead + "«Мы увеличим экспорт зерна», — сказал Токаев.") == [("KAZ", "commit")]


def test_english_his_administration_after_told_what_agreements_will_pave_and_ongoing_projects():
    lead = ("President Uhuru Kenyatta of Kenya met US President Donald Trump. Azerbaijani President "
            "Ilham Aliyev met Russian Prime Minister Mikhail Mishustin. ")
    assert commitments(lead + "President Kenyatta told the Kenya-US forum his administration is "
                              "committed to developing the strongest trade framework.", "en") == [
        ("KEN", "commit")]
    assert commitments(lead + "He expressed optimism that the agreements reached during the visit "
                              "would pave the way for a greater expansion of trade.", "en") == []
    assert commitments(lead + "Aliyev stressed the importance of ongoing industrial cooperation "
                              "projects.", "en") == []
    assert commitments(lead + "Aliyev stressed the importance of expanding trade.", "en") == [
        ("AZE", "intend")]


def test_joint_activities_under_a_plan_are_no_meeting_announced():
    lead = "Франция и Армения подписали документ о военном сотрудничестве на следующий год. "
    assert commitments(lead + "Планируется проведение совместных мероприятий.") == [("JOINT", "intend")]
    assert commitments(lead + "Согласно плану, стороны должны провести несколько десятков совместных "
                              "мероприятий.") == [("JOINT", "commit")]
    # a meeting to be held is announced, not promised
    assert commitments(lead + "Планируется проведение встречи министров.") == []


def test_english_signings_on_the_programme_and_a_signing_told_are_no_commitments():
    lead = "Malaysia and China held talks. "
    for said in ("During his stay, Malaysian and Chinese companies will sign more than 10 agreements.",
                 "Putrajaya and Beijing will also sign the financing agreement on Tuesday.",
                 "The first to be signed was the Agreement on Economic and Technical Cooperation."):
        assert commitments(lead + said, "en") == [], said
    assert commitments(lead + "Malaysia and China will sign a free trade agreement.", "en") == [
        ("JOINT", "commit")]


def test_english_will_be_able_to_is_a_forecast_of_what_can_be_done():
    lead = "Belarus and Kazakhstan held talks. "
    assert commitments(lead + "“I think we will be able to get close to the figure this year,” the "
                              "ambassador said.", "en") == []
    assert commitments(lead + "Kazakhstan will increase grain exports to Belarus.", "en") == [
        ("KAZ", "commit")]


def test_english_they_after_the_sayers_of_two_states_is_both_sides():
    said = ("NEW DELHI -- Leaders of China and India said Thursday they would move to increase "
            "bilateral trade 66 percent in the next five years.")
    assert commitments(said, "en") == [("JOINT", "commit")]


def test_english_an_anniversary_to_be_celebrated_is_a_date_on_the_calendar():
    lead = "South Korea and China held talks. "
    assert commitments(lead + "The two noted that the neighboring countries will commemorate the "
                              "30th anniversary next year of their diplomatic ties.", "en") == []
    assert commitments(lead + "The two countries will expand economic exchanges.", "en") == [
        ("JOINT", "commit")]


def test_a_determination_to_go_on_doing_is_an_intention():
    lead = "Россия и Белоруссия провели заседание коллегий министерств иностранных дел. "
    assert commitments(lead + "«У нас подтверждена решимость продолжать оказывать друг другу "
                              "союзническую поддержку», — сказал глава МИД России.") == [("JOINT", "intend")]
    assert commitments(lead + "Президент отметил решимость народа.") == []


def test_english_numbers_that_will_keep_growing_are_a_forecast():
    assert commitments("China and the US held talks. We believe that numbers in Sino-US trade will "
                       "keep growing steadily through both sides' efforts.", "en") == []


def test_a_goal_stated_as_an_amount_is_an_intention():
    lead = "Россия и Индия провели переговоры. "
    assert commitments(lead + "Цель на 2030 год составляет 100 млрд долларов.") == [("JOINT", "intend")]
    # a past result is no goal
    assert commitments(lead + "Товарооборот в 2024 году составил 60 млрд долларов.") == []


def test_english_a_target_stated_as_an_amount_is_an_intention():
    lead = "India and Russia held talks. "
    assert commitments(lead + "The bilateral trade target is $100 billion by 2030.", "en") == [
        ("JOINT", "intend")]
    assert commitments(lead + "Bilateral trade was $60 billion last year.", "en") == []
