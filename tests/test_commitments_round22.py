"""Round 22 of commitments on real text: written sentences in the shapes of the work sets'
misses and false alarms (docs/quality.md, "Round 22"), each with a near miss."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


def test_has_to_do_with_concerns_and_binds_no_one():
    assert commitments("The first agreement between Brazil and Paraguay has to do with the construction "
                       "of a bridge.", lang="en") == []
    assert commitments("Brazil has to build the bridge with Paraguay by 2027.", lang="en") == [
        ("BRA", "propose")]


def test_a_kazakh_question_commits_nobody():
    assert commitments("Қазақстан мен Моңғолия байланысты қалай жандандырмақ?", lang="kk") == []
    assert commitments("Қазақстан мен Моңғолия байланысты жандандырмақ.", lang="kk") == [
        ("JOINT", "intend")]


def test_kazakh_sympathy_is_no_intention():
    assert commitments("Мемлекет басшысы ниеттестік білдіргені үшін Мысыр Президентіне алғысын "
                       "жеткізді.", lang="kk") == []
    assert commitments("Мемлекет басшысы Мысырмен ынтымақтастықты дамытуға ниет білдірді.",
                       lang="kk") == [("KAZ", "intend")]


def test_wanting_others_to_act_is_an_intention():
    assert commitments("Turkish President Erdogan met Brazilian President Lula. And we also want our "
                       "Turkish citizens to visit Brazil, Erdogan said.", lang="en") == [("TUR", "intend")]
    # wanting the hearer to know something is a remark, no plan
    assert commitments("Turkish President Erdogan met Brazilian President Lula. We want you to know "
                       "that we are grateful, Erdogan said.", lang="en") == []


def test_paying_for_a_thing_is_no_visit():
    assert commitments("Brazilian Foreign Minister Celso Amorim visited Paraguay. According to Amorim, "
                       "the Brazilian government will pay for the cost of the bridge.", lang="en") == [
        ("BRA", "commit")]
    assert commitments("Brazilian President Lula will pay a state visit to Paraguay next week.",
                       lang="en") == []


def test_announced_to_do_is_a_commitment():
    assert commitments("During the visit of Prime Minister Shehbaz Sharif to Doha, Qatar has announced "
                       "to make an investment in Pakistan worth $3 billion.", lang="en") == [("QAT", "commit")]
    assert commitments("Pakistan announced to the press that the talks with Kuwait were fruitful.",
                       lang="en") == []


def test_we_working_together_is_both_sides():
    assert commitments("Japanese Prime Minister Shinzo Abe met Bangladeshi Prime Minister Sheikh Hasina in "
                       "Tokyo. “We will work together for the development of Bangladesh,” Abe said.",
                       lang="en") == [("JOINT", "commit")]
    # a "we" that acts alone stays the speaker's
    assert commitments("Japanese Prime Minister Shinzo Abe met Bangladeshi Prime Minister Sheikh Hasina in "
                       "Tokyo. “We will build a port in Bangladesh,” Abe said.", lang="en") == [("JPN", "commit")]


def test_kazakh_passive_intentional_future_is_an_agenda():
    assert commitments("Бұл әлеует осы күзде Көкшетауда өтетін Қазақстан мен Ресей аймақаралық "
                       "ынтымақтастық форумында қарастырылмақ.", lang="kk") == []
    # a thing a state owns is that state's plan
    assert commitments("Жақын арада Ауғанстанда Қазақстанның Сауда үйі ашылмақ.", lang="kk") == [
        ("KAZ", "intend")]


def test_kazakh_proposes_and_we_invite_in_the_aorist():
    assert commitments("Қазақстан өз нарығын Орталық Азияға ашылатын қақпа ретінде қарастыруды "
                       "ұсынады.", lang="kk") == [("KAZ", "propose")]
    assert commitments("Павлодар облысының әкімі Германия елшісімен кездесті. Біз неміс "
                       "кәсіпкерлерін Павлодар облысында өндіріс құруға шақырамыз.", lang="kk") == [
        ("KAZ", "propose")]


def test_lets_is_the_speakers_proposal():
    assert commitments("Президент Беларуси Александр Лукашенко встретился с премьер-министром Турции. "
                       "«Давайте использовать эту базу для наращивания наших отношений», – заявил "
                       "Александр Лукашенко.") == [("BLR", "propose")]
    # "давать" that gives something is no proposal
    assert commitments("Президент Беларуси Александр Лукашенко встретился с премьер-министром Турции. "
                       "Банки продолжают давать кредиты турецким компаниям.") == []


def test_a_clause_after_as_has_its_own_subject():
    assert commitments("Japanese Prime Minister Shinzo Abe met Bangladeshi Prime Minister Sheikh Hasina. "
                       "Japan views Bangladesh as an important partner as Tokyo seeks to facilitate the flow "
                       "of people and goods.", lang="en") == [("JPN", "intend")]
    # "such as" joins no clause
    assert commitments("Japan and Bangladesh will cooperate in areas such as Energy and transport.",
                       lang="en") == [("JOINT", "commit")]


def test_a_goal_stated_as_its_amount_is_both_sides_intention():
    assert commitments("Цель по товарообороту России и Индии к 2030 году составляет 100 млрд долларов.") == [
        ("JOINT", "intend")]
    # a result with no goal noun commits nobody
    assert commitments("Товарооборот России и Индии составляет 60 млрд долларов.") == []


def test_it_is_time_to_act_is_the_speakers_intention():
    assert commitments("Заместитель министра иностранных дел России Игорь Моргулов заявил, что пора "
                       "«повысить уровень» отношений между Россией и Китаем.") == [("RUS", "intend")]
    # "пора" with no action to take is no intention
    assert commitments("Пора года в России и Китае разная.") == []


def test_a_consent_is_the_consenting_states():
    assert commitments("Франция дала согласие на подписание с Арменией соглашения о предоставлении "
                       "военной техники.") == [("FRA", "agreed")]


def test_kazakh_can_offer_is_readiness():
    assert commitments("Швейцария теміржол саласында Қазақстанға озық өнімдердің түр-түрін ұсына алады.",
                       lang="kk") == [("CHE", "ready")]
    assert commitments("Швейцария теміржол саласында Қазақстанға озық өнімдер сата алады.", lang="kk") == []


def test_asserted_and_conveyed_state_a_position():
    assert commitments("British Prime Minister Boris Johnson spoke with Egyptian President Al-Sisi. He also "
                       "asserted the UK’s keenness to continue to support the reforms carried out by Egypt.",
                       lang="en") == [("GBR", "intend")]
    # a keenness nobody states is no one's ("the state of keenness")
    assert commitments("British Prime Minister Boris Johnson spoke with Egyptian President Al-Sisi. The "
                       "keenness to cooperate was visible.", lang="en") == []


def test_money_directed_in_the_future_is_the_gift_of_the_party_whose_aid_agency_is_named():
    text = ("Japan's Ambassador and Kyrgyz Finance Minister Almaz Baketayev signed exchange notes.\n\n"
            "JICA Resident Representative and the minister signed the grant agreements.\n\n"
            "Nearly 10 million US dollars will be directed to strengthen the training center for "
            "Kyrgyz grid operators.")
    assert ("JPN", "commit") in commitments(text, lang="en")
    # with no agency and no giver named, nobody is credited
    text = ("Japan's Ambassador and Kyrgyz Finance Minister Almaz Baketayev signed exchange notes.\n\n"
            "Nearly 10 million US dollars will be directed to strengthen the training center for "
            "Kyrgyz grid operators.")
    assert ("JPN", "commit") not in commitments(text, lang="en")
