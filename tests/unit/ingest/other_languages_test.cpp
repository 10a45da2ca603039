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

namespace {
Kind kind_of(std::string_view name, std::string_view text) { return load(name, text)->file->kind(); }
}  // namespace

TEST_CASE("rosters and follower samples that scrapers and spreadsheets give look alike: what tells them apart") {
    // A roster with dotted thousands and account fields: 45.000 followers are 45,000, creators' size.
    CHECK(kind_of("r.csv", "username,full_name,followers,following,posts,is_private,profile_pic_url\n"
                           "anna.fit,Anna Fit,45.000,512,320,false,https://scontent.cdninstagram.com/v/1_n.jpg\n"
                           "bobcooks,Bob Cooks,120.500,300,800,false,https://scontent.cdninstagram.com/v/2_n.jpg\n"
                           "carla.tr,Carla T,8.900,410,150,false,https://scontent.cdninstagram.com/v/3_n.jpg\n") == Kind::roster);
    // Nano creators with a platform, a fee and an email: a roster's own fields settle it.
    CHECK(kind_of("n.csv", "handle,platform,followers,fee,email,avatar_url\nanna.bakes,instagram,850,120,a@x.com,https://cdn.example.com/a.jpg\n"
                           "bo.knits,instagram,920,100,b@x.com,https://cdn.example.com/b.jpg\n"
                           "cara.runs,tiktok,640,90,c@x.com,https://cdn.example.com/c.jpg\n") == Kind::roster);
    // A profile scraper's query differs on every row: it names no creator whose followers they are.
    CHECK(kind_of("p.csv", "username,followersCount,followingCount,isPrivate,imgUrl,query\n"
                           "anna.fit,45000,512,false,https://x.cdninstagram.com/1.jpg,https://www.instagram.com/anna.fit\n"
                           "bobcooks,120500,300,false,https://x.cdninstagram.com/2.jpg,https://www.instagram.com/bobcooks\n"
                           "carla,8900,410,false,https://x.cdninstagram.com/3.jpg,https://www.instagram.com/carla\n") == Kind::roster);
    // A header naming a creator over usernames is whose followers they are.
    const auto s = load("s.csv", "creator_username,username,followers,following,is_private\nsunny.trails,ann,120,300,no\n"
                                 "sunny.trails,bob,2,4900,no\nsunny.trails,cid,450,380,yes\n");
    CHECK(s->file->kind() == Kind::follower_sample);
    CHECK(source_of(*s->file, "creator") == "creator_username");
    // Privacy in Italian (sì, no) is privacy, not countries ("no" is Norway's code).
    const auto it = load("i.csv", "username,followers,following,privato\nanna,120,300,s\xC3\xAC\nbob,2,4900,no\ncarl,450,380,no\n");
    CHECK(it->file->kind() == Kind::follower_sample);
    CHECK(source_of(*it->file, "is_private") == "privato");
    // Picture addresses under a picture's flag name.
    const auto pp = load("pp.csv", "username,followers,following,profilePicture\nann,120,300,https://a.cdninstagram.com/1_n.jpg\n"
                                   "bob,2,4900,https://a.cdninstagram.com/2_n.jpg\ncid,450,380,https://a.cdninstagram.com/3_n.jpg\n");
    CHECK(source_of(*pp->file, "picture_url") == "profilePicture");
}

TEST_CASE("values that only look like something else") {
    // A column of x check marks is no platform: the profile links say TikTok.
    const auto x = load("tiktok_creators.csv", "Profile,Followers,Contacted\nhttps://www.tiktok.com/@anna.fit,45000,x\n"
                                               "https://www.tiktok.com/@bobcooks,120500,x\nhttps://www.tiktok.com/@carla,8900,x\n");
    CHECK(source_of(*x->file, "platform").empty());
    CHECK(x->file->issues().empty());
    // A JSON number's dot is a decimal point: 12.667 average comments stay 12.667.
    const auto j = load("j.json", R"([{"handle":"anna","platform":"instagram","followers":45000,"avg_comments":12.667},)"
                                  R"({"handle":"bob","platform":"instagram","followers":120000,"avg_comments":30.125},)"
                                  R"({"handle":"carl","platform":"instagram","followers":9000,"avg_comments":4.333}])");
    CHECK(j->file->table().number(canonical_index(Kind::roster, "avg_comments"), 0) == doctest::Approx(12.667));
    CHECK(j->file->notes().empty());
    // A profile link on a platform's subdomain is one.
    CHECK(kind_of("fb.csv", "Link,Followers\nhttps://web.facebook.com/anna,45000\nhttps://web.facebook.com/bob,12000\n"
                            "https://business.facebook.com/carl,9000\n") == Kind::roster);
}
