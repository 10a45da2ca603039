// The synonyms table: every input kind's canonical columns and the header names that mean
// them, folded (see fold_column_name). This is the one place a new spelling is added; the
// documented copy of this table is docs/inputs.md.
#include "model/kinds.hpp"

#include <stdexcept>

#include "model/text.hpp"

namespace creatorscope {

namespace {

using enum ValueType;

// Synonym lists shared by several kinds.
constexpr std::string_view handle_names =
    "handle|username|user|account|accountname|accountusername|creator|creatorhandle|influencer|"
    "influencerhandle|influencerprofile|ownerusername|channel|channelname|profile|instagramhandle|tiktokhandle|youtubechannel|"
    "usuario|nomdutilisateur|benutzername|nomeutente|nomedeusuario|cuenta|compte|konto";
constexpr std::string_view platform_names =
    "platform|network|socialnetwork|social|channeltype|plataforma|plateforme|plattform|piattaforma|redsocial|redessociales|"
    "redesocial|reseausocial|reseau|sozialesnetzwerk|netzwerk|retesociale";
constexpr std::string_view followers_names =
    "followers|follower|followercount|followerscount|numfollowers|nfollowers|totalfollowers|"
    "subscribers|subscribercount|subscriberscount|fans|fanscount|audiencesize|seguidores|"
    "abonnés|abonnes|followerinnen|seguaci|inscritos|suscriptores";
constexpr std::string_view date_names =
    "date|day|datum|fecha|data|jour|giorno|dia";
constexpr std::string_view published_names =
    "publishedat|published|publishdate|publishtime|publicationdate|postdate|posted|postedat|"
    "postedon|postpublishtime|videopublishtime|createdat|createtime|created|uploaddate|"
    "uploaded|timestamp|datetime|date|time|fecha|fechadepublicacion|datedepublication|datum|"
    "veröffentlichungsdatum|datadipubblicazione|datadepublicacao";
constexpr std::string_view post_id_names =
    "postid|post|mediaid|videoid|contentid|content|shortcode|id|permalink|url|link|postlink|"
    "postlinkurl|videolink|posturl|videourl";
constexpr std::string_view currency_names = "currency|curr|moneda|devise|währung|valuta|moeda";

// YouTube Studio's dimensions, the first column of a table split by one: each row is a part
// (Subscribed, Not subscribed), kept as a breakdown rather than summed away.
constexpr std::string_view dimension_names =
    "subscriptionstatus|subscriptionsource|trafficsourcetype|trafficsource|devicetype|viewerage|viewergender|geography|"
    "playbacklocation|operatingsystem|sharingservice|youtubeproduct|subtitlesandcc|videoinfolanguage|newandreturningviewers";

// Every kind, its canonical columns and their synonyms (a data table).
std::vector<KindSpec> build_specs() {
    std::vector<KindSpec> specs;
    specs.push_back({Kind::roster, "roster", "a creator",
        {
            {"handle", handle, handle_names},
            {"platform", platform, platform_names},
            {"followers", count, followers_names},
            {"following", count, "following|followingcount|followings|followees|follows|followscount|seguidos|abonnements|gefolgt"},
            {"posts_count", count, "postscount|posts|numposts|nposts|mediacount|media|totalposts|uploads|videos|videocount|publicaciones|publications|beiträge"},
            {"avg_likes", count, "avglikes|averagelikes|meanlikes|likesavg|likesperpost|averagelikesperpost"},
            {"avg_comments", count, "avgcomments|averagecomments|meancomments|commentsavg|commentsperpost"},
            {"avg_shares", count, "avgshares|averageshares|meanshares|sharesavg|sharesperpost"},
            {"avg_views", count, "avgviews|averageviews|meanviews|viewsavg|viewsperpost|avgplays|averageplays"},
            {"engagement_rate", rate, "engagementrate|engagement|er|engrate|erpercent|engagementratepercent|engagementrateer|avgengagementrate|tasadeinteraccion|tauxdengagement|interaktionsrate"},
            {"country", text, "country|location|countrycode|pais|país|pays|land|paese"},
            // The audience's main country, as a list states it ("Audience country (mostly)"): not the creator's own.
            {"audience_country", text, "audiencecountry|topaudiencecountry|mainaudiencecountry|audiencecountrymostly|audiencelocation|topcountry"},
            {"category", text, "category|niche|topic|vertical|categoria|categoría|catégorie|kategorie"},
            {"fee", number, "fee|price|cost|flatfee|creatorfee|rate|tarifa|tarif|honorar|preis"},
            {"currency", text, currency_names},
            {"email", text, "email|emailaddress|mail|contactemail|correo"},
            {"bio", text, "bio|biography|description|about|profiledescription|biografia|biografía"},
            // The display name beside the handle ("Sunny Trails" for @sunny.trails).
            {"name", text, "name|displayname|fullname|nombre|nom|nome"},
            // Average interactions per post when a list gives them as one figure ("Engagement avg").
            {"avg_engagement", count, "avgengagement|averageengagement|engagementavg|avginteractions|averageinteractions|interactionsperpost|engagementsperpost"},
            {"keyword_hits", text, ""},  // derived: brand-safety and brief terms found in the bio
        },
        "handle;followers"});
    specs.push_back({Kind::posts, "posts", "a post",
        {
            {"handle", handle, handle_names},
            {"platform", platform, platform_names},
            {"post_id", long_text, post_id_names},
            {"published_at", timestamp, published_names},
            {"type", text, "type|posttype|mediatype|format|contenttype|kind|tipo"},
            {"likes", count, "likes|like|likecount|likescount|totallikes|nblikes|numlikes|hearts|diggcount|megusta|jaime|mipiace|curtidas"},
            {"comments", count, "comments|comment|commentcount|commentscount|totalcomments|nbcomments|numcomments|commentsadded|comentarios|commentaires|kommentare|commenti"},
            {"shares", count, "shares|share|sharecount|sharescount|totalshares|reposts|compartidos|partages|condivisioni"},
            {"saves", count, "saves|save|savecount|saved|bookmarks|favorites|favourites|collectcount|guardados|enregistrements"},
            {"views", count, "views|view|viewcount|viewscount|totalviews|videoviews|plays|playcount|videoplays|reproducciones|vues|aufrufe|visualizzazioni|engagedviews"},
            {"reach", count, "reach|accountsreached|alcance|portée|portee|reichweite|copertura"},
            {"impressions", count, "impressions|impresiones|impressionen"},
            // Reduced at ingest to a preview, its hashtags and its sponsorship markers (ingest.cpp).
            {"caption", long_text, "caption|description|text|title|videotitle|posttext|message|descripcion|légende|legende"},
            {"sponsored", flag, "sponsored|paid|paidpartnership|ispaidpartnership|ad|isad|brandedcontent|patrocinado|sponsorisé"},
            {"hashtags", text, "hashtags|tags|hashtag"},
            {"dimension", text, dimension_names},  // rows split by a dimension: summed per post, the parts kept
            {"sponsored_marker", flag, ""},  // derived: #ad, "paid partnership"... in the caption
            {"keyword_hits", text, ""},      // derived: brand-safety and brief terms found in the caption
        },
        "handle;likes|views|comments;published_at|post_id"});
    specs.push_back({Kind::follower_history, "follower_history", "a day",
        {
            {"handle", handle, handle_names},
            {"platform", platform, platform_names},
            {"date", timestamp, date_names},
            {"followers", count, followers_names},
            {"followers_change", number, "followerschange|dailychange|change|netfollowers|netchange|newfollowers|followersgained|subscribersgained|netsubscribers|difference|differenceinfollowersfrompreviousday|diff|delta"},
        },
        "date;followers|followers_change"});
    specs.push_back({Kind::comments, "comments", "a comment",
        {
            {"handle", handle, "handle|creator|creatorhandle|influencer|account|accountname|owner|ownerusername|postowner"},
            {"platform", platform, platform_names},
            {"post_id", long_text, post_id_names},
            {"author", text, "author|commenter|commentauthor|commenterusername|authorname|from|user|username|commentedby"},
            {"text", long_text, "text|comment|commenttext|message|body|content|comentario|commentaire|kommentar"},
            {"published_at", timestamp, published_names},
        },
        "author;text"});
    specs.push_back({Kind::audience, "audience", "a share",
        {
            {"handle", handle, handle_names},
            {"platform", platform, platform_names},
            {"dimension", text, "dimension|breakdown|demographic|type|category|attribute"},
            {"bucket", text, "bucket|segment|value|label|key|group|name|country|age|gender"},
            {"share", rate, "share|percentage|percent|pct|proportion|ratio|weight|followersshare|audienceshare|distribution"},
        },
        "dimension;bucket;share"});
    specs.push_back({Kind::follower_sample, "follower_sample", "a follower account",
        {
            // Whose followers they are: a scraper's query ("query" in Phantombuster's lists).
            {"creator", handle, "creator|influencer|creatorhandle|sampleof|sampledcreator|query|sourceprofile|sourceaccount|"
             "targetaccount|followersof|scrapedprofile"},
            {"account", text,
             "account|username|user|handle|screenname|id|userid|follower|benutzername|nutzername|nombredeusuario|usuario|"
             "nomdutilisateur|utilisateur|nomeutente|utente|nomedeusuario|uniqueid|useruniqueid|userusername|nodeusername|login"},
            // Platforms' own field names too: TikTok's stats.videoCount, Instagram's edge_* counts, X's *_count.
            {"posts", count,
             "posts|postscount|numposts|mediacount|usermediacount|postcount|videocount|statsvideocount|awemecount|statusescount|"
             "edgeownertotimelinemediacount|nodeedgeownertotimelinemediacount"},
            {"followers", count,
             "followers|followercount|followerscount|userfollowercount|statsfollowercount|edgefollowedbycount|"
             "nodeedgefollowedbycount"},
            {"following", count,
             "following|follows|followees|followingcount|userfollowingcount|folgt|siguiendo|seguidos|abonnements|seguiti|"
             "seguindo|followscount|statsfollowingcount|friendscount|edgefollowcount|nodeedgefollowcount"},
            {"has_profile_pic", flag,
             "hasprofilepic|profilepic|profilepicture|userhasprofilpic|userhasprofilepic|avatar|profilbild|fotodeperfil|"
             "photodeprofil|fotoprofilo|immaginedelprofilo|fotodoperfil"},
            // Twitter/X and others say the opposite: the account shows the default picture.
            {"no_profile_pic", flag, "defaultprofileimage|defaultprofilepic|defaultprofilepicture|noprofilepic|defaultavatar"},
            {"is_private", flag,
             "isprivate|private|userisprivate|protected|isprotected|privat|privatkonto|privado|privada|prive|privee|privato|"
             "privata|cuentaprivada|compteprive|contaprivada|privateaccount|userprivateaccount|nodeisprivate"},
            {"bio_length", count, "biolength|descriptionlength|userbiographylength|biographylength"},
            // The bio itself (X/Twitter's description): its length when no column gives one.
            {"bio", text, "bio|biography|description|userdescription|profiledescription|signature|usersignature|nodebiography"},
            {"username_digits", number, "usernamedigits|numslengthusername|digitratio|usernamedigitratio|digitshare"},
            {"username_digit_count", count, "usernamedigitcount|digitsinusername|digitcount"},
            {"username_length", count, "usernamelength"},
            {"fullname_words", count, "fullnamewords|namewords"},
            {"external_url", flag, "externalurl|hasexternalurl|userhasexternalurl"},
            {"name_equals_username", flag, "nameusername|nameequalsusername|fullnameisusername"},
            {"is_fake", flag, "fake|isfake|label|isspam|bot|isbot"},
            {"automated", flag, "automatedbehaviour|automatedbehavior|automated|isautomated"},
            // The picture's address, as scrapers give it: a platform's default avatar is no picture.
            {"picture_url", text,
             "profilepicurl|profilepicurlhd|profilepictureurl|imgurl|avatarthumb|useravatarthumb|avatarmedium|avatarlarger|"
             "profileimageurl|profileimageurlhttps|nodeprofilepicurl|pictureurl|avatarurl|photourl"},
        },
        "following|followers|posts;has_profile_pic|no_profile_pic|picture_url|username_digits|username_digit_count|bio_length|"
        "is_private"});
    specs.push_back({Kind::touchpoints, "touchpoints", "a tracked visit",
        {
            {"user_id", text, "userid|user|customerid|customer|clientid|visitorid|cookieid|anonymousid|deviceid"},
            {"timestamp", timestamp, "timestamp|time|datetime|date|eventtime|eventtimestamp|visitedat|clickedat|occurredat"},
            {"channel", text, "channel|source|utmsource|utmcampaign|campaign|creator|handle|influencer|touchpoint"},
            {"kind", text, "kind|type|event|eventtype|eventname|interaction|touchtype"},
        },
        "user_id;timestamp;channel"});
    specs.push_back({Kind::conversions, "conversions", "an order",
        {
            {"user_id", text, "userid|user|customerid|customer|clientid|visitorid|email|customeremail"},
            {"timestamp", timestamp, "timestamp|time|datetime|date|createdat|orderdate|processedat|paidat|purchasedat"},
            {"order_id", long_text, "orderid|order|ordernumber|ordername|transactionid|name"},
            {"revenue", number, "revenue|total|value|amount|ordertotal|ordervalue|sales|totalsales|purchaserevenue|subtotal"},
            {"currency", text, currency_names},
            {"discount_code", text, "discountcode|code|couponcode|coupon|promocode|vouchercode|discount"},
            // Refunds (Shopify's "Refunded Amount"): revenue is counted net of them.
            {"refunded", number, "refundedamount|refunded|refundamount|amountrefunded|refunds|refund"},
        },
        "order_id|user_id;revenue"});
    specs.push_back({Kind::paths, "paths", "an aggregated journey",
        {
            {"path", text, "path|journey|channelpath|touchpoints"},
            {"conversions", number, "conversions|totalconversions|conv|converted"},
            {"value", number, "value|totalconversionvalue|conversionvalue|revenue"},
            {"nulls", number, "nulls|totalnull|totalnulls|nonconversions|null"},
        },
        "path;conversions"});
    specs.push_back({Kind::codes, "codes", "a code",
        {
            {"code", text, "code|discountcode|couponcode|promocode|vouchercode|coupon"},
            {"handle", handle, "handle|creator|influencer|owner|affiliate|assignedto|username|account"},
        },
        "code"});
    specs.push_back({Kind::costs, "costs", "a creator's cost",
        {
            {"handle", handle, handle_names},
            {"fee", number, "fee|price|cost|flatfee|creatorfee|rate|tarifa|tarif|honorar"},
            {"product_cost", number, "productcost|giftingcost|gifting|cogs|productvalue|productcosts"},
            {"currency", text, currency_names},
        },
        "handle;fee|product_cost"});
    specs.push_back({Kind::account_metrics, "account_metrics", "a day (or hour) of an account's totals",
        {
            {"handle", handle, handle_names},
            {"platform", platform, platform_names},
            {"date", timestamp, date_names},
            {"hour", count, "hour|hourofday|hora|heure|stunde"},
            {"views", count, "views|videoviews|totalviews|plays"},
            {"profile_views", count, "profileviews|profilevisits"},
            // Daily net changes: a day with more likes taken back than given is negative.
            {"likes", number, "likes|totallikes"},
            {"comments", number, "comments|totalcomments|commentsadded"},
            {"shares", number, "shares|totalshares"},
            {"total_viewers", count, "totalviewers|viewers|uniqueviewers"},
            {"new_viewers", count, "newviewers"},
            {"returning_viewers", count, "returningviewers|regularviewers"},
            {"active_followers", count, "activefollowers|followersonline"},
            {"dimension", text, dimension_names},  // a table by a dimension instead of by day: the parts kept
        },
        "date|dimension;views|profile_views|total_viewers|new_viewers|returning_viewers|active_followers"});
    specs.push_back({Kind::connections, "connections", "a follower or followed account (Instagram's own export)",
        {
            {"account", text, "account|username|value|title"},
            {"relationship", text, "relationship|list|connection"},
            {"timestamp", timestamp, "timestamp|since|followedat|date"},
            {"href", long_text, "href|url|profileurl|link"},
        },
        "account;relationship"});
    specs.push_back({Kind::brief, "brief", "the campaign", {}, ""});
    return specs;
}

bool in_list(std::string_view list, std::string_view folded) {
    while (!list.empty()) {
        const auto bar = list.find('|');
        const auto item = list.substr(0, bar);
        if (item == folded) return true;
        if (bar == std::string_view::npos) break;
        list.remove_prefix(bar + 1);
    }
    return false;
}

bool group_satisfied(const KindSpec& spec, const ColumnMapping& mapping, std::string_view group) {
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (mapping.source_of[i] != no_source && in_list(group, spec.columns[i].name)) return true;
    }
    return false;
}

}  // namespace

const std::vector<KindSpec>& kind_specs() {
    static const std::vector<KindSpec> specs = build_specs();
    return specs;
}

const KindSpec& kind_spec(Kind kind) {
    for (const auto& spec : kind_specs()) {
        if (spec.kind == kind) return spec;
    }
    static const KindSpec unknown{Kind::unknown, "unknown", "", {}, ""};
    return unknown;
}

std::string_view kind_name(Kind kind) { return kind_spec(kind).name; }

std::optional<Kind> kind_from_name(std::string_view name) {
    const std::string wanted = lower_ascii(trim(name));
    for (const auto& spec : kind_specs()) {
        if (spec.name == wanted) return spec.kind;
    }
    return std::nullopt;
}

int canonical_index(Kind kind, std::string_view canonical) {
    const KindSpec& spec = kind_spec(kind);
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (spec.columns[i].name == canonical) return static_cast<int>(i);
    }
    return -1;
}

int match_column(const KindSpec& spec, std::string_view header) {
    const std::string folded = fold_column_name(header);
    if (folded.empty()) return -1;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (in_list(spec.columns[i].synonyms, folded)) return static_cast<int>(i);
    }
    return -1;
}

ColumnMapping map_header(Kind kind, std::span<const std::string> header) {
    const KindSpec& spec = kind_spec(kind);
    ColumnMapping mapping{kind, std::vector<int>(spec.columns.size(), -1)};
    // Exact canonical names first, so "views" wins over a later synonym of views; then synonyms
    // in the order of each column's list.
    std::vector<std::string> folded;
    folded.reserve(header.size());
    for (const auto& h : header) folded.push_back(fold_column_name(h));
    std::vector<bool> used(header.size(), false);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        const std::string canonical = fold_column_name(spec.columns[c].name);
        for (std::size_t s = 0; s < header.size(); ++s) {
            if (!used[s] && folded[s] == canonical) {
                mapping.source_of[c] = static_cast<int>(s);
                used[s] = true;
                break;
            }
        }
    }
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        if (mapping.source_of[c] >= 0) continue;
        std::string_view list = spec.columns[c].synonyms;
        while (!list.empty() && mapping.source_of[c] < 0) {
            const auto bar = list.find('|');
            const auto synonym = list.substr(0, bar);
            for (std::size_t s = 0; s < header.size(); ++s) {
                if (!used[s] && folded[s] == synonym) {
                    mapping.source_of[c] = static_cast<int>(s);
                    used[s] = true;
                    break;
                }
            }
            if (bar == std::string_view::npos) break;
            list.remove_prefix(bar + 1);
        }
    }
    return mapping;
}

std::vector<std::string> missing_required(const ColumnMapping& mapping) {
    std::vector<std::string> missing;
    const KindSpec& spec = kind_spec(mapping.kind);
    for_each_required_group(spec.required, [&](std::string_view group) {
        if (group_satisfied(spec, mapping, group)) return;
        std::string readable;
        std::string_view rest = group;
        while (!rest.empty()) {
            const auto bar = rest.find('|');
            if (!readable.empty()) readable += " or ";
            readable += rest.substr(0, bar);
            if (bar == std::string_view::npos) break;
            rest.remove_prefix(bar + 1);
        }
        missing.push_back(readable);
    });
    return missing;
}

Detection detect_kind(std::span<const std::string> header) {
    Detection best;
    best.mapping.kind = Kind::unknown;
    for (const auto& spec : kind_specs()) {
        if (spec.columns.empty()) continue;
        ColumnMapping mapping = map_header(spec.kind, header);
        if (!missing_required(mapping).empty()) continue;
        int matched = 0;
        for (int source : mapping.source_of) matched += source >= 0 ? 1 : 0;
        // Strictly more matched columns wins; on a tie the kind listed first (the more common) stays.
        if (matched > best.matched) {
            best.mapping = std::move(mapping);
            best.matched = matched;
        }
    }
    return best;
}

std::string describe_kinds_markdown() {
    const auto type_name = [](ValueType type) -> std::string_view {
        switch (type) {
            case ValueType::text: return "text";
            case ValueType::long_text: return "text";
            case ValueType::handle: return "handle";
            case ValueType::platform: return "platform";
            case ValueType::count: return "count";
            case ValueType::number: return "number";
            case ValueType::rate: return "rate";
            case ValueType::timestamp: return "date";
            case ValueType::flag: return "yes/no";
        }
        return "";
    };
    std::string out =
        "# Input kinds and column names\n\n"
        "Generated by `creatorscope kinds` from core/src/model/kinds.cpp, the one synonyms table; a test keeps\n"
        "this file equal to it. A header matches a column when, folded (letters lowered, everything but\n"
        "letters and digits dropped: \"Published At\" and \"#published_at\" both fold to `publishedat`), it\n"
        "equals one of the names listed. A file's kind is the one whose required columns are all present\n"
        "and that matches the most columns; `kind:file` on the command line skips detection.\n\n"
        "Value types: **count** is a non-negative number where -1 and the missing spellings (empty, -, n/a,\n"
        "undefined, hidden...) are missing, never zero; **rate** reads \"4.2%\" and \"0.042\" alike; **date**\n"
        "reads ISO 8601, Unix seconds or milliseconds, \"Aug 28, 2025\" and day- or month-first dates.\n";
    for (const auto& spec : kind_specs()) {
        out += "\n## " + std::string(spec.name) + "\n\nOne row is " + std::string(spec.one_row_is) + ".";
        if (spec.columns.empty()) {
            out += " A JSON object with keys such as target, budget, platforms, keywords or blocklist.\n";
            continue;
        }
        std::string required;
        for_each_required_group(spec.required, [&](std::string_view group) {
            if (!required.empty()) required += "; ";
            std::string readable(group);
            for (std::size_t at = readable.find('|'); at != std::string::npos; at = readable.find('|')) {
                readable.replace(at, 1, " or ");
            }
            required += readable;
        });
        out += " Required: " + required + ".\n\n| column | type | header names it accepts (folded) |\n|---|---|---|\n";
        for (const auto& column : spec.columns) {
            std::string names(column.synonyms);
            for (std::size_t at = names.find('|'); at != std::string::npos; at = names.find('|')) names.replace(at, 1, ", ");
            if (names.empty()) names = "(derived by CreatorScope, not read from a column)";
            out += "| " + std::string(column.name) + " | " + std::string(type_name(column.type)) + " | " + names + " |\n";
        }
    }
    return out;
}

std::vector<std::string> suggest_columns(Kind kind, const std::vector<std::string>& headers) {
    std::vector<std::string> canonical(headers.size());
    const ColumnMapping mapping = map_header(kind, headers);
    const KindSpec& spec = kind_spec(mapping.kind);
    for (std::size_t c = 0; c < mapping.source_of.size(); ++c) {
        const int source = mapping.source_of[c];
        if (source >= 0 && static_cast<std::size_t>(source) < headers.size()) canonical[source] = std::string(spec.columns[c].name);
    }
    return canonical;
}

}  // namespace creatorscope

namespace creatorscope {

std::vector<std::string> missing_for(Kind kind, const std::vector<std::string>& canonical_per_header) {
    const KindSpec& spec = kind_spec(kind);
    ColumnMapping mapping{kind, std::vector<int>(spec.columns.size(), no_source)};
    for (std::size_t s = 0; s < canonical_per_header.size(); ++s) {
        const int c = canonical_index(kind, canonical_per_header[s]);
        if (c >= 0) mapping.source_of[static_cast<std::size_t>(c)] = static_cast<int>(s);
    }
    // Posts whose links name the creator need no handle column (as the reader does).
    const int handle = canonical_index(kind, "handle"), post_id = canonical_index(kind, "post_id");
    if (kind == Kind::posts && handle >= 0 && post_id >= 0 && mapping.source_of[static_cast<std::size_t>(post_id)] >= 0) {
        mapping.source_of[static_cast<std::size_t>(handle)] = constant_source;
    }
    return missing_required(mapping);
}

}  // namespace creatorscope
