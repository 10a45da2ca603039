// The shipped outreach templates and fragments, read from the asset once (templates.hpp), and
// the kinds' ids and labels.
#include "outreach/templates.hpp"

#include <nlohmann/json.hpp>

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, outreach_kind_count> kind_ids{"first_contact", "follow_up", "offer"};
constexpr std::array<std::string_view, outreach_kind_count> kind_labels{"First contact", "Follow-up", "Offer"};

std::string text_of(const nlohmann::json& object, const char* key) {
    if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return {};
    return object[key].get<std::string>();
}

std::map<std::string, std::string> text_map(const nlohmann::json& object) {
    std::map<std::string, std::string> out;
    if (!object.is_object()) return out;
    for (auto item = object.begin(); item != object.end(); ++item) {
        if (item.value().is_string()) out[item.key()] = item.value().get<std::string>();
    }
    return out;
}

OutreachWords read_language(const nlohmann::json& entry) {
    OutreachWords w;
    w.code = text_of(entry, "code");
    w.name = text_of(entry, "name");
    const nlohmann::json templates = entry.value("templates", nlohmann::json::object());
    for (std::size_t k = 0; k < outreach_kind_count; ++k) {
        const nlohmann::json one = templates.value(std::string(kind_ids[k]), nlohmann::json::object());
        w.templates[k] = {text_of(one, "subject"), text_of(one, "body")};
    }
    const nlohmann::json words = entry.value("words", nlohmann::json::object());
    w.and_word = text_of(words, "and");
    w.clause_and = text_of(words, "clause_and");
    w.percent = text_of(words, "percent");
    w.quote = text_of(words, "quote");
    for (const char* part : {"countries", "ages", "languages", "content_posts", "content_profile"}) w.fragments[part] = text_of(words, part);
    w.language_names = text_map(words.value("language_names", nlohmann::json::object()));
    return w;
}

std::vector<OutreachWords> read_asset() {
    std::vector<OutreachWords> out;
    const auto doc = nlohmann::json::parse(builtin_outreach_templates_text(), nullptr, false);
    if (!doc.is_object() || !doc.contains("languages") || !doc["languages"].is_array()) return out;
    for (const auto& entry : doc["languages"]) out.push_back(read_language(entry));
    return out;
}

}  // namespace

std::string_view outreach_kind_id(OutreachKind kind) { return kind_ids[static_cast<std::size_t>(kind)]; }
std::string_view outreach_kind_label(OutreachKind kind) { return kind_labels[static_cast<std::size_t>(kind)]; }

std::optional<OutreachKind> parse_outreach_kind(std::string_view id) {
    for (std::size_t k = 0; k < outreach_kind_count; ++k) {
        if (kind_ids[k] == id) return static_cast<OutreachKind>(k);
    }
    return std::nullopt;
}

const std::vector<OutreachWords>& outreach_words() {
    static const std::vector<OutreachWords> words = read_asset();
    return words;
}

const OutreachWords& outreach_words_for(std::string_view language) {
    static const OutreachWords none;
    const auto& all = outreach_words();
    for (const auto& w : all) {
        if (w.code == language) return w;
    }
    return all.empty() ? none : all.front();
}

const std::vector<OutreachLanguage>& outreach_languages() {
    static const std::vector<OutreachLanguage> languages = [] {
        std::vector<OutreachLanguage> out;
        for (const auto& w : outreach_words()) out.push_back({w.code, w.name});
        return out;
    }();
    return languages;
}

const OutreachTemplate& shipped_outreach_template(std::string_view language, OutreachKind kind) {
    return outreach_words_for(language).templates[static_cast<std::size_t>(kind)];
}

std::string replace_all(std::string text, std::string_view token, std::string_view value) {
    if (token.empty()) return text;
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
        text.replace(at, token.size(), value);
    }
    return text;
}

}  // namespace creatorscope
