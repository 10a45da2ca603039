// Lists written in other languages and by other tools: a platform column known by its values
// ("Red social" holding TikTok, Instagram), a German follower sample (Benutzername; Follower;
// Folgt; Beiträge; Profilbild; Privat) with ja and nein.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/input_file.hpp"
#include "ingest/recognise.hpp"
#include "ingest/values.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
};
std::unique_ptr<Loaded> load(std::string_view name, std::string_view text) {
    auto loaded = std::make_unique<Loaded>();
    loaded->file = std::make_unique<InputFile>(std::string(name), MappingOverride{}, loaded->pool);
    loaded->file->feed(text);
    loaded->file->finish();
    return loaded;
}
std::string source_of(const InputFile& file, std::string_view canonical) {
    for (const auto& column : file.mapping()) {
        if (column.canonical == canonical) return column.source;
    }
    return "";
}
}  // namespace

TEST_CASE("a platform column is known by its header in Spanish, and by its values under any header") {
    for (const char* header : {"Red social", "Red", "Donde"}) {
        const auto l = load("lista.csv", std::string("Nombre,") + header +
                                             ",Seguidores\nAna López,TikTok,45000\nAna López,Instagram,12000\nBeto Ruiz,YouTube,310000\n");
        CAPTURE(header);
        REQUIRE(l->file->kind() == Kind::roster);
        CHECK(source_of(*l->file, "platform") == header);
        // Ana López on two platforms is two creators, not one kept with an issue.
        CHECK(l->file->table().rows() == 3);
        CHECK(l->file->issues().empty());
    }
}

TEST_CASE("a German follower sample is read as one, with ja and nein") {
    const auto l = load("follower.csv",
                        "Benutzername;Follower;Folgt;Beitr\xC3\xA4ge;Profilbild;Privat\n"
                        "anna.k;120;300;14;ja;nein\nbot12345;3;7500;0;nein;nein\nmax_m;450;380;88;ja;ja\n");
    REQUIRE(l->file->kind() == Kind::follower_sample);
    CHECK(source_of(*l->file, "account") == "Benutzername");
    CHECK(source_of(*l->file, "followers") == "Follower");
    CHECK(source_of(*l->file, "following") == "Folgt");
    CHECK(source_of(*l->file, "posts") == "Beitr\xC3\xA4ge");
    CHECK(source_of(*l->file, "has_profile_pic") == "Profilbild");
    CHECK(source_of(*l->file, "is_private") == "Privat");
    const Table& t = l->file->table();
    const int picture = canonical_index(Kind::follower_sample, "has_profile_pic");
    CHECK(t.flag(picture, 0) == 1);
    CHECK(t.flag(picture, 1) == 0);
    CHECK(l->file->issues().empty());
}

TEST_CASE("an English follower list's follower column of usernames stays the account") {
    const auto l = load("sample.csv", "follower,followers,following,posts,has_profile_pic\nanna.k,120,300,14,1\nbot12345,3,7500,0,0\nmax_m,450,380,88,1\n");
    REQUIRE(l->file->kind() == Kind::follower_sample);
    CHECK(source_of(*l->file, "account") == "follower");
    CHECK(source_of(*l->file, "followers") == "followers");
}

TEST_CASE("yes and no in other languages") {
    for (const char* yes : {"ja", "Ja", "s\xC3\xAD", "si", "oui", "sim", "vero", "wahr", "true", "private"}) {
        CAPTURE(yes);
        CHECK(parse_flag(yes).value == true);
    }
    for (const char* no : {"nein", "Nein", "\xC3\xB6" "ffentlich", "no", "non", "n\xC3\xA3o", "nao", "falso", "faux", "falsch", "public"}) {
        CAPTURE(no);
        CHECK((parse_flag(no).has_value() && parse_flag(no).value == false));
    }
    CHECK_FALSE(parse_flag("vielleicht").has_value());
}

TEST_CASE("a profile link names the platform's own host: a picture on its CDN or another site's address is none") {
    const auto links = [](std::vector<std::string_view> cells) { return profile_values(cells, NumberLocale::dot_decimal).profile_links; };
    CHECK(links({"https://www.instagram.com/anna.k", "instagram.com/bo", "https://m.tiktok.com/@max", "https://x.com/jane"}) == 4);
    CHECK(links({"https://scontent.cdninstagram.com/v/t51.2885-19/123_n.jpg", "https://www.dropbox.com/s/abc", "https://fbx.com/a"}) == 0);
}
