// The word table of header_words.hpp: each known word and the idea it stands for. A word that is
// a qualifier ("of", "mostly", a number, a platform's name) is dropped from the ideas; a word of
// its own idea that no column means ("rank", "score", "growth") stays, so "followers growth"
// never reads as followers.
#include "ingest/header_words.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::string_view qualifier = "";  // a word that says nothing about what the column holds

// Every known word and its idea (a data table).
constexpr std::array<std::pair<std::string_view, std::string_view>, 323> words{{
    // Who the row is.
    {"handle", "user"}, {"handles", "user"}, {"username", "user"}, {"usernames", "user"}, {"user", "user"}, {"users", "user"},
    {"usuario", "user"}, {"utilisateur", "user"}, {"benutzer", "user"}, {"benutzername", "user"}, {"utente", "user"},
    {"account", "user"}, {"accounts", "user"}, {"cuenta", "user"}, {"compte", "user"}, {"konto", "user"}, {"conta", "user"},
    {"profile", "user"}, {"perfil", "user"}, {"profil", "user"}, {"profilo", "user"}, {"channel", "user"}, {"channels", "user"},
    {"canal", "user"}, {"kanal", "user"}, {"canale", "user"}, {"creator", "user"}, {"creators", "user"}, {"creador", "user"},
    {"createur", "user"}, {"creatrice", "user"}, {"ersteller", "user"}, {"influencer", "user"}, {"influencers", "user"},
    {"influenciador", "user"}, {"influenceur", "user"}, {"influenceuse", "user"}, {"tiktoker", "user"}, {"tiktokers", "user"},
    {"youtuber", "user"}, {"youtubers", "user"}, {"instagrammer", "user"}, {"streamer", "user"}, {"blogger", "user"},
    {"screen", "user"}, {"nick", "user"}, {"nickname", "user"}, {"login", "user"}, {"owner", "owner"},
    {"name", "name"}, {"names", "name"}, {"nombre", "name"}, {"nom", "name"}, {"nome", "name"}, {"fullname", "name"},
    {"displayname", "name"}, {"title", "name"}, {"titulo", "name"}, {"titre", "name"}, {"titel", "name"}, {"titolo", "name"},
    // The platform (a qualifier that says which).
    {"instagram", "@instagram"}, {"insta", "@instagram"}, {"ig", "@instagram"}, {"tiktok", "@tiktok"}, {"youtube", "@youtube"},
    {"yt", "@youtube"}, {"twitter", "@twitter"}, {"facebook", "@facebook"}, {"fb", "@facebook"}, {"twitch", "@twitch"},
    {"platform", "platform"}, {"network", "platform"}, {"plataforma", "platform"}, {"plateforme", "platform"}, {"plattform", "platform"},
    {"piattaforma", "platform"}, {"social", "platform"},
    // Audience size and following.
    {"followers", "followers"}, {"follower", "followers"}, {"subscribers", "followers"}, {"subscriber", "followers"},
    {"subs", "followers"}, {"fans", "followers"}, {"fan", "followers"}, {"seguidores", "followers"}, {"seguidor", "followers"},
    {"abonnes", "followers"}, {"abonne", "followers"}, {"abonnenten", "followers"}, {"followerinnen", "followers"},
    {"seguaci", "followers"}, {"inscritos", "followers"}, {"suscriptores", "followers"}, {"iscritti", "followers"},
    {"following", "following"}, {"follows", "following"}, {"followees", "following"}, {"followings", "following"},
    {"friends", "following"}, {"seguidos", "following"}, {"siguiendo", "following"}, {"abonnements", "following"},
    {"gefolgt", "following"}, {"seguiti", "following"}, {"seguindo", "following"}, {"folgt", "following"},
    // Content and its metrics.
    {"posts", "posts"}, {"post", "posts"}, {"uploads", "posts"}, {"upload", "posts"}, {"videos", "posts"}, {"video", "posts"},
    {"media", "posts"}, {"publicaciones", "posts"}, {"publications", "posts"}, {"beitrage", "posts"}, {"publicacoes", "posts"},
    {"statuses", "posts"}, {"tweets", "posts"}, {"content", "posts"}, {"contenido", "posts"},
    {"likes", "likes"}, {"like", "likes"}, {"hearts", "likes"}, {"heart", "likes"}, {"megusta", "likes"}, {"jaime", "likes"},
    {"mipiace", "likes"}, {"curtidas", "likes"}, {"gefallt", "likes"}, {"digg", "likes"},
    {"comments", "comments"}, {"comment", "comments"}, {"comentarios", "comments"}, {"comentario", "comments"},
    {"commentaires", "comments"}, {"commentaire", "comments"}, {"kommentare", "comments"}, {"kommentar", "comments"},
    {"commenti", "comments"}, {"commento", "comments"},
    {"views", "views"}, {"view", "views"}, {"plays", "views"}, {"play", "views"}, {"vistas", "views"}, {"visualizaciones", "views"},
    {"reproducciones", "views"}, {"vues", "views"}, {"aufrufe", "views"}, {"visualizzazioni", "views"}, {"visualizacoes", "views"},
    {"shares", "shares"}, {"share", "shares"}, {"compartidos", "shares"}, {"partages", "shares"}, {"condivisioni", "shares"},
    {"reposts", "shares"}, {"retweets", "shares"},
    {"saves", "saves"}, {"save", "saves"}, {"saved", "saves"}, {"bookmarks", "saves"}, {"guardados", "saves"},
    {"reach", "reach"}, {"alcance", "reach"}, {"portee", "reach"}, {"reichweite", "reach"}, {"impressions", "impressions"},
    {"engagement", "engagement"}, {"engagements", "engagement"}, {"eng", "engagement"}, {"interactions", "engagement"},
    {"interaction", "engagement"}, {"interacciones", "engagement"}, {"interaccion", "engagement"}, {"interaktion", "engagement"},
    {"interaktionen", "engagement"}, {"interazioni", "engagement"}, {"interacoes", "engagement"},
    {"avg", "average"}, {"average", "average"}, {"mean", "average"}, {"promedio", "average"}, {"medio", "average"},
    {"medios", "average"}, {"media", "average"}, {"medias", "average"}, {"moyen", "average"}, {"moyens", "average"}, {"moyennes", "average"},
    {"medie", "average"}, {"medi", "average"},
    {"moyenne", "average"}, {"moy", "average"}, {"durchschnitt", "average"}, {"durchschnittlich", "average"}, {"per", "average"},
    {"rate", "rate"}, {"ratio", "rate"}, {"tasa", "rate"}, {"taux", "rate"}, {"quote", "rate"}, {"tasso", "rate"}, {"taxa", "rate"},
    {"percent", "rate"}, {"percentage", "rate"}, {"pct", "rate"}, {"porcentaje", "rate"}, {"pourcentage", "rate"},
    // About the creator.
    {"country", "country"}, {"countries", "country"}, {"pais", "country"}, {"pays", "country"}, {"land", "country"},
    {"paese", "country"}, {"nation", "country"}, {"location", "country"}, {"geo", "country"},
    {"audience", "audience"}, {"publico", "audience"}, {"audiencia", "audience"}, {"zielgruppe", "audience"}, {"pubblico", "audience"},
    {"category", "category"}, {"categories", "category"}, {"niche", "category"}, {"topic", "category"}, {"topics", "category"},
    {"vertical", "category"}, {"genre", "category"}, {"categoria", "category"}, {"categorie", "category"}, {"kategorie", "category"},
    {"nicho", "category"},
    {"email", "email"}, {"mail", "email"}, {"correo", "email"}, {"courriel", "email"}, {"contact", "email"},
    {"fee", "fee"}, {"price", "fee"}, {"cost", "fee"}, {"tarifa", "fee"}, {"tarif", "fee"}, {"honorar", "fee"}, {"preis", "fee"},
    {"prezzo", "fee"}, {"preco", "fee"}, {"costo", "fee"}, {"ratecard", "fee"},
    {"bio", "bio"}, {"biography", "bio"}, {"description", "bio"}, {"about", "bio"}, {"biografia", "bio"}, {"descripcion", "bio"},
    {"url", "url"}, {"link", "url"}, {"links", "url"}, {"href", "url"},
    {"id", "id"}, {"ids", "id"},
    // Ideas that no roster column means: they keep a header from matching a plainer one.
    {"rank", "rank"}, {"ranking", "rank"}, {"position", "rank"}, {"score", "score"}, {"growth", "change"}, {"change", "change"},
    {"gained", "change"}, {"lost", "change"}, {"new", "new"}, {"authentic", "authentic"}, {"total", "total"},
    // Counting words and small words: they say nothing of their own.
    {"count", qualifier}, {"counts", qualifier}, {"number", qualifier}, {"num", qualifier}, {"nb", qualifier}, {"nr", qualifier},
    {"of", qualifier}, {"the", qualifier}, {"de", qualifier}, {"del", qualifier}, {"du", qualifier}, {"des", qualifier},
    {"la", qualifier}, {"le", qualifier}, {"el", qualifier}, {"der", qualifier}, {"die", qualifier}, {"das", qualifier},
    {"di", qualifier}, {"da", qualifier}, {"do", qualifier}, {"in", qualifier}, {"en", qualifier}, {"mostly", qualifier},
    {"main", qualifier}, {"primary", qualifier}, {"info", qualifier}, {"mir", qualifier},
    {"author", "user"}, {"autor", "user"}, {"auteur", "user"}, {"autore", "user"},
    {"date", "date"}, {"time", "date"}, {"timestamp", "date"}, {"created", "date"}, {"create", "date"}, {"published", "date"},
    {"publish", "date"}, {"posted", "date"}, {"uploaded", "date"}, {"upload", "date"}, {"fecha", "date"}, {"datum", "date"},
    {"meta", qualifier}, {"iso", qualifier}, {"at", qualifier}, {"on", qualifier},
}};

// Latin letters with accents, as UTF-8 pairs after 0xC3, folded to their base letter (a data table).
// Index: the second byte's low five bits; U+00C0..U+00DF and U+00E0..U+00FF share them ('/' for
// the signs × and ÷, 'p' for the thorn: dropped).
constexpr std::string_view accents_c3 = "aaaaaaaceeeeiiiidnooooo/ouuuuypy";

// Appends byte sequence's letters, lowercased and without accents; false for a non-letter.
bool append_letter(std::string& word, std::string_view text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.push_back(static_cast<char>(c));
        return true;
    }
    if (c >= 'A' && c <= 'Z') {
        word.push_back(static_cast<char>(c - 'A' + 'a'));
        return true;
    }
    if (c == 0xC3 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0xBF) {
            const unsigned index = (next & 0x1F);  // 0x80..0x9F uppercase, 0xA0..0xBF lowercase: the same letters
            const char base = accents_c3[index];
            if (next == 0x9F) {
                word += "ss";  // ß
            } else if (base != '/' && base != 'p') {
                word.push_back(base);
            }
            ++i;
            return true;
        }
    }
    if (c >= 0x80) {  // another script's letter: kept as it is
        word.push_back(static_cast<char>(c));
        return true;
    }
    return false;
}

// The header's words: split at anything but letters and digits, and where a lowercase letter
// meets an uppercase one (camelCase). R's make.names writes "#followers" as "X.followers": that
// X is dropped.
std::vector<std::string> split_words(std::string_view header) {
    header = trim(header);
    if (header.size() > 2 && header[0] == 'X' && header[1] == '.') header.remove_prefix(2);
    std::vector<std::string> out;
    std::string word;
    bool lower_before = false;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (c >= 'A' && c <= 'Z' && lower_before && !word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
        if (!append_letter(word, header, i)) {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
            lower_before = false;
            continue;
        }
        lower_before = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    if (!word.empty()) out.push_back(std::move(word));
    // Words that are one idea only together: "me gusta", "mi piace", "j'aime".
    for (std::size_t i = 0; i + 1 < out.size(); ++i) {
        const std::string pair = out[i] + out[i + 1];
        if (pair == "megusta" || pair == "mipiace" || pair == "jaime") {
            out[i] = pair;
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
    return out;
}

const std::string_view* idea_of(std::string_view word) {
    for (const auto& [known, idea] : words) {
        if (known == word) return &idea;
    }
    return nullptr;
}

// A word not in the table may be several run together ("followercount"): split it greedily,
// the longest known word first. Empty when it cannot be split whole.
std::vector<std::string_view> split_run(std::string_view word) {
    std::vector<std::string_view> parts;
    while (!word.empty()) {
        std::size_t best = 0;
        for (const auto& [known, idea] : words) {
            if (known.size() > best && word.starts_with(known)) best = known.size();
        }
        if (best == 0) return {};
        parts.push_back(word.substr(0, best));
        word.remove_prefix(best);
    }
    return parts;
}

// A word the table has in another inflection: "durchschnittliche" (German adjective endings),
// "kommentaren", "seguidor" (the table has "seguidores"). Tries the word without a common
// ending, then with one, and gives the table's own word; empty when neither is known. Stems
// shorter than four letters are not tried ("me" + "s").
std::string_view uninflected(std::string_view word) {
    static constexpr std::string_view endings[] = {"en", "er", "es", "em", "e", "n", "s"};
    for (const auto ending : endings) {
        if (word.size() < ending.size() + 4 || !word.ends_with(ending)) continue;
        const std::string_view stem = word.substr(0, word.size() - ending.size());
        for (const auto& entry : words) {
            if (entry.first == stem) return entry.first;
        }
    }
    if (word.size() < 4) return {};
    for (const auto ending : endings) {
        for (const auto& entry : words) {
            const std::string_view known = entry.first;
            if (known.size() == word.size() + ending.size() && known.starts_with(word) && known.ends_with(ending)) return known;
        }
    }
    return {};
}

bool all_digits(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Adds one word's idea (or its parts') to what the header says.
void add_word(HeaderWords& out, std::string_view word, bool after_number) {
    if (all_digits(word)) return;  // "category_1", "60 day"
    if (after_number && (word == "day" || word == "days" || word == "d" || word == "week" || word == "weeks" || word == "month" ||
                         word == "months" || word == "dias" || word == "jours" || word == "tage" || word == "giorni")) {
        return;  // a period: "60 day engagement rate"
    }
    std::vector<std::string_view> parts;
    if (idea_of(word) != nullptr) {
        parts.push_back(word);
    } else {
        parts = split_run(word);
    }
    if (parts.empty()) {
        const std::string_view base = uninflected(word);
        if (!base.empty()) parts.push_back(base);
    }
    if (parts.empty()) {
        ++out.unknown;
        return;
    }
    for (const auto part : parts) {
        const std::string_view idea = *idea_of(part);
        if (idea.empty()) continue;
        if (idea.front() == '@') {
            out.platforms.emplace_back(idea.substr(1));
            continue;
        }
        out.ideas.emplace_back(idea);
        // A platform's own word for its creators names the platform too.
        if (part == "tiktoker" || part == "tiktokers") out.platforms.emplace_back("tiktok");
        if (part == "youtuber" || part == "youtubers") out.platforms.emplace_back("youtube");
        if (part == "instagrammer") out.platforms.emplace_back("instagram");
    }
}

// Sorted and each once; "posts" beside a metric is "per post", no idea of its own.
void settle(HeaderWords& out) {
    std::sort(out.ideas.begin(), out.ideas.end());
    out.ideas.erase(std::unique(out.ideas.begin(), out.ideas.end()), out.ideas.end());
    const auto has = [&](std::string_view idea) { return std::binary_search(out.ideas.begin(), out.ideas.end(), idea); };
    if (has("posts") && (has("likes") || has("comments") || has("views") || has("shares") || has("engagement") || has("saves"))) {
        out.ideas.erase(std::find(out.ideas.begin(), out.ideas.end(), "posts"));
    }
    std::sort(out.platforms.begin(), out.platforms.end());
    out.platforms.erase(std::unique(out.platforms.begin(), out.platforms.end()), out.platforms.end());
}

}  // namespace

std::string fold_letters(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) append_letter(out, text, i);
    return out;
}

HeaderWords header_words(std::string_view header) {
    HeaderWords out;
    bool after_number = false;
    std::vector<std::string> split = split_words(header);
    // A name written in camel case is one word: "YouTube", "TikTok" split as "you tube", "tik tok".
    for (std::size_t i = 0; i + 1 < split.size(); ++i) {
        const std::string joined = split[i] + split[i + 1];
        if (idea_of(split[i]) == nullptr && idea_of(split[i + 1]) == nullptr && idea_of(joined) != nullptr) {
            split[i] = joined;
            split.erase(split.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
    for (const auto& word : split) {
        add_word(out, word, after_number);
        after_number = all_digits(word);
    }
    settle(out);
    return out;
}

HeaderWords synonym_words(std::string_view folded) {
    HeaderWords out;
    add_word(out, folded, false);
    settle(out);
    return out;
}

std::string ideas_text(const HeaderWords& words) {
    std::string out;
    for (const auto& idea : words.ideas) out += (out.empty() ? "" : ", ") + idea;
    return out;
}

}  // namespace creatorscope
