// Kind detection and the synonyms table.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "model/kinds.hpp"
#include "model/text.hpp"

using namespace creatorscope;

namespace {
Kind detect(std::vector<std::string> header) { return detect_kind(header).mapping.kind; }
}  // namespace

TEST_CASE("column names fold case, spacing and punctuation") {
    CHECK(fold_column_name("Published At") == "publishedat");
    CHECK(fold_column_name("#Followers") == "followers");
    CHECK(fold_column_name("\xEF\xBB\xBF" "likes") == "\xEF\xBB\xBF" "likes");  // a BOM is not a letter, but is not folded away here
}

TEST_CASE("each kind is recognised from its canonical header") {
    CHECK(detect({"handle", "platform", "followers", "following", "posts_count", "country"}) == Kind::roster);
    CHECK(detect({"handle", "platform", "post_id", "published_at", "likes", "comments", "views"}) == Kind::posts);
    CHECK(detect({"handle", "date", "followers"}) == Kind::follower_history);
    CHECK(detect({"handle", "post_id", "author", "text", "published_at"}) == Kind::comments);
    CHECK(detect({"handle", "dimension", "bucket", "share"}) == Kind::audience);
    CHECK(detect({"account", "posts", "followers", "following", "has_profile_pic", "bio_length"}) == Kind::follower_sample);
    CHECK(detect({"user_id", "timestamp", "channel", "kind"}) == Kind::touchpoints);
    CHECK(detect({"user_id", "timestamp", "order_id", "revenue", "currency", "discount_code"}) == Kind::conversions);
    CHECK(detect({"path", "total_conversions", "total_conversion_value", "total_null"}) == Kind::paths);
    CHECK(detect({"code", "handle"}) == Kind::codes);
    CHECK(detect({"handle", "fee", "product_cost", "currency"}) == Kind::costs);
    CHECK(detect({"colour", "size"}) == Kind::unknown);
}

TEST_CASE("synonyms map real headers") {
    const std::vector<std::string> header{"Username", "Category", "#Followers", "#Followees", "#Posts"};
    const auto detection = detect_kind(header);
    CHECK(detection.mapping.kind == Kind::roster);
    const auto& spec = kind_spec(Kind::roster);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns[c].name == "followers") CHECK(detection.mapping.source_of[c] == 2);
        if (spec.columns[c].name == "following") CHECK(detection.mapping.source_of[c] == 3);
        if (spec.columns[c].name == "posts_count") CHECK(detection.mapping.source_of[c] == 4);
    }
}

TEST_CASE("a forced kind reports what its header lacks") {
    const std::vector<std::string> header{"handle", "caption"};
    const auto mapping = map_header(Kind::posts, header);
    const auto missing = missing_required(mapping);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0] == "likes or views or comments");
    CHECK(missing[1] == "published_at or post_id");
}

TEST_CASE("handles and platforms in their normal form") {
    CHECK(normalize_handle(" @Lena.Andrews ") == "lena.andrews");
    CHECK(normalize_platform("Instagram") == "instagram");
    CHECK(normalize_platform("YT") == "youtube");
    CHECK(normalize_platform("TikTok") == "tiktok");
}

TEST_CASE("docs/inputs.md is the synonyms table as the engine has it") {
    const std::string generated = describe_kinds_markdown();
    const std::string path = std::string(CREATORSCOPE_SOURCE_DIR) + "/docs/inputs.md";
    if (std::getenv("CREATORSCOPE_UPDATE_GOLDEN") != nullptr) std::ofstream(path, std::ios::binary) << generated;
    std::ifstream in(path, std::ios::binary);
    const std::string documented((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_MESSAGE(documented == generated, "docs/inputs.md is stale: run build/native/cli/creatorscope kinds > docs/inputs.md");
}
