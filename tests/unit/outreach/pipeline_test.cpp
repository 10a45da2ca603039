// The pipeline's deals (creatorscope/campaign.hpp): the statuses in order, the day each step
// was reached, and one deal per creator.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "creatorscope/campaign.hpp"

using namespace creatorscope;

TEST_CASE("pipeline: statuses by id and label, in the order of the work") {
    CHECK(deal_status_id(DealStatus::shortlisted) == "shortlisted");
    CHECK(deal_status_label(DealStatus::negotiating) == "Negotiating");
    for (std::size_t i = 0; i < deal_status_count; ++i) {
        const auto status = static_cast<DealStatus>(i);
        CHECK(parse_deal_status(deal_status_id(status)) == status);
    }
    CHECK_FALSE(parse_deal_status("Contacted").has_value());  // ids are lower case, as files keep them
    CHECK_FALSE(parse_deal_status("").has_value());
}

TEST_CASE("pipeline: a move notes the day a step is first reached, and going back keeps the days") {
    Deal deal{{"lena.andrews", "instagram"}};
    deal.move_to(DealStatus::contacted, "2026-10-01");
    deal.move_to(DealStatus::replied, "2026-10-02");
    deal.move_to(DealStatus::contacted, "2026-10-04");  // back a step: the first contact's day stays
    CHECK(deal.status == DealStatus::contacted);
    CHECK(deal.reached[1] == "2026-10-01");
    CHECK(deal.reached[2] == "2026-10-02");
    deal.move_to(DealStatus::agreed, "not a day");
    CHECK(deal.status == DealStatus::agreed);
    CHECK(deal.reached[4].empty());
}

TEST_CASE("pipeline: one deal per creator and platform; set says whether anything changed") {
    Pipeline pipeline;
    Deal deal{{"lena.andrews", "instagram"}};
    CHECK(pipeline.set(deal));
    CHECK_FALSE(pipeline.set(deal));
    deal.notes = "sent the brief";
    CHECK(pipeline.set(deal));
    CHECK(pipeline.deals().size() == 1);
    CHECK(pipeline.find("lena.andrews", "instagram")->notes == "sent the brief");
    CHECK(pipeline.find("lena.andrews", "tiktok") == nullptr);
    CHECK(pipeline.set(Deal{{"lena.andrews", "tiktok"}}));
    CHECK(pipeline.deals().size() == 2);
    CHECK(pipeline.remove("lena.andrews", "instagram"));
    CHECK_FALSE(pipeline.remove("lena.andrews", "instagram"));
    CHECK(pipeline.deals().size() == 1);
}

TEST_CASE("pipeline: JSON round trip and errors that name the entry") {
    Pipeline pipeline;
    Deal deal{{"aisha", "youtube"}};
    deal.move_to(DealStatus::live, "2026-11-02");
    deal.agreed_fee = 800.5;
    deal.deliverables = "1 video";
    pipeline.set(deal);
    Pipeline back;
    REQUIRE(Pipeline::parse(pipeline.to_json(), back));
    CHECK(back == pipeline);
    const auto wrong = [&](const char* text) {
        Pipeline out;
        return Pipeline::parse(nlohmann::ordered_json::parse(text), out).message();
    };
    CHECK(wrong(R"({"handle": "a"})") == "the pipeline must be a list of deals");
    CHECK(wrong(R"([{"platform": "x"}])") == "pipeline entry 1: needs a handle (text)");
    CHECK(wrong(R"([{"handle": "a"}, {"handle": "b", "fee": 3}])") == "pipeline entry 2: unknown field fee");
    CHECK(wrong(R"([{"handle": "a", "agreed_fee": -3}])") == "pipeline entry 1: \"agreed_fee\" must be a number, 0 or more");
    CHECK(wrong(R"([{"handle": "a", "reached": {"won": "2026-01-01"}}])") == "pipeline entry 1: unknown status in \"reached\": won");
    CHECK(wrong(R"([{"handle": "a", "notes": 4}])") == "pipeline entry 1: \"notes\" must be text");
}

TEST_CASE("tracked owners: keys as codes and channels are compared, and nobody only for codes") {
    TrackedOwners owners;
    CHECK(owners.set_code(" welcome5 ", std::string("")));
    CHECK(owners.codes.at("WELCOME5").empty());
    CHECK(owners.set_code("LENA10", std::string("@Lena.Andrews")));
    CHECK(owners.codes.at("LENA10") == "lena.andrews");
    CHECK_FALSE(owners.set_code("lena10", std::string("lena.andrews")));
    CHECK(owners.set_link("@Lena_Story", std::string("lena.andrews")));
    CHECK(owners.links.at("lena_story") == "lena.andrews");
    CHECK_FALSE(owners.set_link("other", std::string("  ")));
    CHECK_FALSE(owners.set_code("", std::string("x")));
    TrackedOwners back;
    REQUIRE(TrackedOwners::parse(owners.to_json(), back));
    CHECK(back == owners);
    CHECK(TrackedOwners::parse(nlohmann::ordered_json::parse(R"({"people": {}})"), back).message() == "the owners have an unknown part: people");
    CHECK(owners.set_code("LENA10", std::nullopt));
    CHECK_FALSE(owners.codes.contains("LENA10"));
}
