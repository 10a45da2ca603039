// The outreach drafts (creatorscope/outreach.hpp, docs/outreach.md): the shipped templates in
// six languages, a draft personalised from the sample's data, the fee's order (deal, plan,
// roster), what could not be filled, the user's own wording, the settings' JSON, the mailto:
// link's encoding, the mail-merge CSV, and the settings kept in the workspace.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "creatorscope/outreach.hpp"
#include "engine_files.hpp"
#include "outreach/personalise.hpp"
#include "test_files.hpp"

using namespace creatorscope;
using creatorscope::testing::load;
using creatorscope::testing::run;

namespace {

constexpr OutreachKind kinds[] = {OutreachKind::first_contact, OutreachKind::follow_up, OutreachKind::offer};

void load_sample(Engine& engine) {
    const std::filesystem::path sample = std::filesystem::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    for (const char* name : {"roster.csv", "posts.csv", "audience.csv", "brief.json"}) {
        load(engine, name, creatorscope::testing::read_file(sample / name));
    }
    run(engine);
}

std::set<std::string> placeholders_in(const std::string& text) {
    std::set<std::string> out;
    static const std::regex token(R"(\{([^{}]*)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), token); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

OutreachSettings filled_settings() {
    OutreachSettings s;
    s.sender = "Maya";
    s.brand = "Northwind";
    s.product = "the Autumn capsule";
    s.timeline = "posts live between 1 and 15 October";
    s.usage_rights = "organic use on our own channels for 6 months";
    return s;
}

CreatorResult sample_creator() {
    CreatorResult c;
    c.handle = "lena.andrews";
    c.platform = "instagram";
    c.name = "Lena Andrews";
    c.email = "lenaandrews@example.com";
    c.fee = 1800;
    c.currency = "USD";
    return c;
}

}  // namespace

TEST_CASE("outreach: every language and kind ships a subject and a body with known placeholders only") {
    const std::set<std::string> known{"first_name", "name",     "handle", "platform", "niche",        "recent_post", "why_fit", "brand",
                                      "product",    "campaign", "sender", "deliverables", "timeline", "usage_rights", "fee"};
    const auto& languages = outreach_languages();
    REQUIRE(languages.size() == 6);
    const std::vector<std::pair<std::string, std::string>> expected{{"en", "English"},   {"es", "Español"},   {"fr", "Français"},
                                                                    {"de", "Deutsch"},   {"pt", "Português"}, {"it", "Italiano"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(languages[i].code == expected[i].first);
        CHECK(languages[i].name == expected[i].second);
        for (OutreachKind kind : kinds) {
            const OutreachTemplate& t = shipped_outreach_template(languages[i].code, kind);
            INFO(languages[i].code << "/" << outreach_kind_id(kind));
            CHECK_FALSE(t.subject.empty());
            CHECK_FALSE(t.body.empty());
            for (const auto& p : placeholders_in(t.subject + t.body)) CHECK_MESSAGE(known.contains(p), "unknown placeholder {" << p << "}");
            CHECK(t.body.find("{first_name}") != std::string::npos);
            if (kind == OutreachKind::offer) {
                for (const char* term : {"{deliverables}", "{timeline}", "{usage_rights}", "{fee}"}) CHECK(t.body.find(term) != std::string::npos);
            }
        }
    }
    CHECK(shipped_outreach_template("xx", OutreachKind::offer) == shipped_outreach_template("en", OutreachKind::offer));
    CHECK(outreach_kind_id(OutreachKind::follow_up) == "follow_up");
    CHECK(outreach_kind_label(OutreachKind::follow_up) == "Follow-up");
    CHECK(parse_outreach_kind("offer") == OutreachKind::offer);
    CHECK_FALSE(parse_outreach_kind("Offer").has_value());
}

TEST_CASE("outreach: a draft for a sample creator is personalised from its name, niche, a matching post and its alignment") {
    Engine engine;
    load_sample(engine);
    engine.set_outreach_settings(filled_settings());
    const auto draft = engine.outreach_draft("lena.andrews", "instagram", OutreachKind::first_contact);
    REQUIRE(draft.has_value());
    CHECK(draft->to == "lenaandrews@example.com");
    CHECK(draft->body.rfind("Hi Lena,", 0) == 0);
    CHECK(draft->body.find("sustainable fashion content on Instagram") != std::string::npos);
    CHECK(draft->subject == "Working together on Autumn capsule launch?");
    // The newest of the posts that name a brief's term, quoted with its day.
    CHECK(std::regex_search(draft->recent_post, std::regex("^“[^”]+” \\(2026-\\d\\d-\\d\\d\\)$")));
    CHECK(draft->body.find(draft->recent_post) != std::string::npos);
    CHECK_FALSE(draft->why_fit.empty());
    CHECK(draft->why_fit == "your posts are about sustainable fashion and thrift, and 86% of your audience speaks English");
    CHECK(draft->body.find(draft->why_fit) != std::string::npos);
    CHECK(draft->missing.empty());
    CHECK(draft->body.find('[') == std::string::npos);
    CHECK_FALSE(engine.outreach_draft("nobody", "instagram", OutreachKind::offer).has_value());

    // The same in Spanish: the fragments are the language's own.
    auto spanish = filled_settings();
    spanish.language = "es";
    engine.set_outreach_settings(spanish);
    const auto es = engine.outreach_draft("lena.andrews", "instagram", OutreachKind::first_contact);
    REQUIRE(es.has_value());
    CHECK(es->body.rfind("Hola, Lena:", 0) == 0);
    CHECK(es->recent_post.rfind("«", 0) == 0);
    CHECK(es->why_fit.find("de tu audiencia") != std::string::npos);
}

TEST_CASE("outreach: the offer's fee is the deal's, else the plan's booking, else the roster's") {
    const CreatorResult creator = sample_creator();
    BudgetPlan plan;
    plan.currency = "USD";
    PlanCandidate candidate;
    candidate.handle = creator.handle;
    candidate.platform = creator.platform;
    candidate.deliverable = "reel";
    plan.candidates.push_back(candidate);
    plan.selected.push_back({0, 2, 2400.0, {}, ""});
    Deal deal{{creator.handle, creator.platform}};
    deal.agreed_fee = 1500;
    deal.deliverables = "2 reels, 3 stories";
    const auto settings = filled_settings();

    OutreachSource source{&creator, nullptr, &deal, &plan, nullptr};
    auto draft = draft_outreach(source, settings, OutreachKind::offer);
    CHECK(draft.body.find("Fee: 1,500 USD") != std::string::npos);
    CHECK(draft.body.find("Deliverables: 2 reels, 3 stories") != std::string::npos);

    source.deal = nullptr;
    draft = draft_outreach(source, settings, OutreachKind::offer);
    CHECK(draft.body.find("Fee: 1,200 USD") != std::string::npos);  // 2,400 for two bookings
    CHECK(draft.body.find("Deliverables: 2 × reel") != std::string::npos);

    source.plan = nullptr;
    draft = draft_outreach(source, settings, OutreachKind::offer);
    CHECK(draft.body.find("Fee: 1,800 USD") != std::string::npos);
    CHECK(contains(draft.missing, "deliverables"));
    CHECK_FALSE(contains(draft.missing, "fee"));
}

TEST_CASE("outreach: what the data cannot fill is left as [name] and listed") {
    CreatorResult creator = sample_creator();
    creator.fee = not_a_number;
    creator.name.clear();
    OutreachSettings settings;
    settings.sender = "Maya";
    const OutreachSource source{&creator, nullptr, nullptr, nullptr, nullptr};
    const auto draft = draft_outreach(source, settings, OutreachKind::offer);
    CHECK(draft.body.rfind("Hi lena.andrews,", 0) == 0);  // no name: the handle
    CHECK(draft.body.find("Fee: [fee]") != std::string::npos);
    CHECK(draft.body.find("Timeline: [timeline]") != std::string::npos);
    for (const char* m : {"fee", "timeline", "usage_rights", "deliverables", "brand", "product", "campaign"}) CHECK_MESSAGE(contains(draft.missing, m), m);
    CHECK_FALSE(contains(draft.missing, "sender"));
    CHECK_FALSE(contains(draft.missing, "first_name"));
    // Each listed once, though {brand} and {campaign} appear in the subject and the body.
    CHECK(std::count(draft.missing.begin(), draft.missing.end(), "brand") == 1);
    const auto first = draft_outreach(source, settings, OutreachKind::first_contact);
    CHECK(contains(first.missing, "recent_post"));
    CHECK(contains(first.missing, "why_fit"));
    CHECK(contains(first.missing, "niche"));
    CHECK_FALSE(contains(first.missing, "fee"));  // not in that template
}

TEST_CASE("outreach: the user's own wording of a template wins over the shipped one") {
    const CreatorResult creator = sample_creator();
    OutreachSettings settings = filled_settings();
    settings.edited["en/first_contact"] = {"Hello {first_name}", "Dear {name} (@{handle}), {brand} here. {unknown} {fee}"};
    CHECK(settings.wording("en", OutreachKind::first_contact).subject == "Hello {first_name}");
    CHECK(settings.wording("en", OutreachKind::offer) == shipped_outreach_template("en", OutreachKind::offer));
    CHECK(settings.wording("de", OutreachKind::first_contact) == shipped_outreach_template("de", OutreachKind::first_contact));
    const OutreachSource source{&creator, nullptr, nullptr, nullptr, nullptr};
    const auto draft = draft_outreach(source, settings, OutreachKind::first_contact);
    CHECK(draft.subject == "Hello Lena");
    CHECK(draft.body == "Dear Lena Andrews (@lena.andrews), Northwind here. {unknown} 1,800 USD");
    CHECK(draft.missing.empty());
}

TEST_CASE("outreach: the settings' JSON round-trips and an error names the field") {
    OutreachSettings settings = filled_settings();
    settings.language = "fr";
    settings.edited["fr/offer"] = {"Offre", "Bonjour {first_name}"};
    const auto text = settings.to_json().dump();
    OutreachSettings read;
    REQUIRE(OutreachSettings::parse(nlohmann::ordered_json::parse(text), read));
    CHECK(read == settings);

    const auto error = [](const char* json) {
        OutreachSettings out;
        const Status s = OutreachSettings::parse(nlohmann::ordered_json::parse(json), out);
        CHECK_FALSE(s.is_ok());
        return s.message();
    };
    CHECK(error(R"({"sender": 5})").find("outreach.sender") != std::string::npos);
    CHECK(error(R"({"usage_rights": ["6 months"]})").find("outreach.usage_rights") != std::string::npos);
    CHECK(error(R"({"language": "nl"})").find("outreach.language") != std::string::npos);
    CHECK(error(R"({"langauge": "en"})").find("langauge") != std::string::npos);
    CHECK(error(R"({"edited": {"en/intro": {"subject": "a", "body": "b"}}})").find("en/intro") != std::string::npos);
    CHECK(error(R"({"edited": {"en/offer": {"subject": 1}}})").find("outreach.edited[\"en/offer\"].subject") != std::string::npos);
    CHECK(error("[]").find("outreach") != std::string::npos);
    OutreachSettings unchanged = settings;
    CHECK_FALSE(OutreachSettings::parse(nlohmann::ordered_json::parse(R"({"brand": "X", "sender": 5})"), unchanged));
    CHECK(unchanged == settings);  // nothing is taken from a wrong object
}

TEST_CASE("outreach: the mailto link percent-encodes UTF-8, reserved characters, spaces and line breaks") {
    OutreachDraft draft;
    draft.to = "léa+news@example.com";
    draft.subject = "Café & more?";
    draft.body = "Hi Léa,\nline two\r\nend";
    CHECK(mailto_link(draft) == "mailto:l%C3%A9a%2Bnews@example.com?subject=Caf%C3%A9%20%26%20more%3F&body=Hi%20L%C3%A9a%2C%0D%0Aline%20two%0D%0Aend");
    draft.to.clear();
    CHECK(mailto_link(draft).rfind("mailto:?subject=", 0) == 0);
}

TEST_CASE("outreach: the mail-merge CSV has one row per draft and neutralises formulas") {
    const CreatorResult creator = sample_creator();
    OutreachDraft draft;
    draft.handle = creator.handle;
    draft.platform = creator.platform;
    draft.to = creator.email;
    draft.language = "en";
    draft.kind = OutreachKind::offer;
    draft.subject = "=cmd|' /C calc'!A0";
    draft.body = "Hi Lena,\nline two";
    draft.missing = {"fee", "timeline"};
    const std::string csv = write_outreach_csv({draft}, {&creator});
    CHECK(csv == "handle,platform,name,email,language,kind,subject,body,missing\n"
                 "lena.andrews,instagram,Lena Andrews,lenaandrews@example.com,en,offer,'=cmd|' /C calc'!A0,\"Hi Lena,\nline two\",fee timeline\n");
}

TEST_CASE("outreach: the engine drafts every shortlisted creator, keeps the settings in the workspace, and never re-analyses") {
    Engine engine;
    load_sample(engine);
    const auto runs = engine.stage_runs(Stage::creators);
    const auto version = engine.outreach_version();
    auto settings = filled_settings();
    settings.language = "de";
    settings.edited["de/follow_up"] = {"Kurz nachgefragt, {first_name}", "Hallo {first_name}!"};
    engine.set_outreach_settings(settings);
    CHECK(engine.outreach_version() == version + 1);
    engine.set_outreach_settings(settings);
    CHECK(engine.outreach_version() == version + 1);  // nothing changed
    CHECK(engine.results_current());

    engine.set_shortlisted("lena.andrews", "instagram", true);
    engine.set_shortlisted("marcusleefit", "youtube", true);
    const std::string csv = engine.outreach_csv(OutreachKind::follow_up);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 3);
    CHECK(csv.find("lena.andrews,instagram,Lena Andrews,lenaandrews@example.com,de,follow_up,\"Kurz nachgefragt, Lena\",Hallo Lena!,") !=
          std::string::npos);
    CHECK(csv.find("marcusleefit,youtube,Marcus Lee") != std::string::npos);
    CHECK(engine.stage_runs(Stage::creators) == runs);

    const std::string saved = engine.settings_json().dump();
    Engine other;
    REQUIRE(other.apply_settings_json(nlohmann::ordered_json::parse(saved)));
    CHECK(other.outreach_settings() == settings);
    auto wrong = nlohmann::ordered_json::parse(saved);
    wrong["outreach"]["timeline"] = 3;
    const Status status = other.apply_settings_json(wrong);
    CHECK_FALSE(status.is_ok());
    CHECK(status.message().find("outreach.timeline") != std::string::npos);

    engine.clear();
    CHECK(engine.outreach_settings() == OutreachSettings{});
    CHECK(engine.outreach_version() > version + 1);
}

TEST_CASE("outreach: a caption is shortened on a word to about 90 characters, on one line") {
    CHECK(shorten_caption("Short one", 90) == "Short one");
    CHECK(shorten_caption("  two\nlines  ", 90) == "two lines");
    const std::string long_caption =
        "Thrift flip: turning a 5 dollar blazer into a cropped jacket, with every step and the tools I used, plus what went wrong";
    const std::string shortened = shorten_caption(long_caption, 90);
    CHECK(shortened == "Thrift flip: turning a 5 dollar blazer into a cropped jacket, with every step and the…");
    CHECK(shorten_caption(std::string(100, 'x'), 90) == std::string(90, 'x') + "…");
    CHECK(shorten_caption("Été à la plage, café crème et croissants au bord de l'eau, une journée parfaite pour tout le monde", 90).size() <= 100);
}
