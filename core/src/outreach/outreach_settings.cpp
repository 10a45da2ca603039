// What the user sets for the outreach drafts (OutreachSettings): the wording in force for a
// template, and the settings' JSON form in a saved workspace, read field by field so that an
// error names the field.
#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "creatorscope/outreach.hpp"
#include "outreach/templates.hpp"

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, 7> setting_fields{"language", "sender", "brand", "product", "timeline", "usage_rights", "edited"};

std::string edited_key(std::string_view language, OutreachKind kind) {
    return std::string(language) + "/" + std::string(outreach_kind_id(kind));
}

bool shipped_language(std::string_view code) {
    for (const auto& l : outreach_languages()) {
        if (l.code == code) return true;
    }
    return false;
}

std::string language_list() {
    std::string out;
    for (const auto& l : outreach_languages()) out += (out.empty() ? "" : ", ") + l.code;
    return out;
}

Status read_text(const nlohmann::ordered_json& j, std::string_view field, std::string& out) {
    const std::string key(field);
    if (!j.contains(key)) return Status::ok();
    if (!j[key].is_string()) return Status::error("outreach." + key + " must be text");
    out = j[key].get<std::string>();
    return Status::ok();
}

// "en/offer": a shipped language and a kind.
Status check_edited_key(const std::string& key) {
    const auto slash = key.find('/');
    if (slash == std::string::npos || !shipped_language(key.substr(0, slash)) || !parse_outreach_kind(key.substr(slash + 1))) {
        return Status::error("outreach.edited: \"" + key + "\" is not language/kind (" + language_list() +
                             " / first_contact, follow_up, offer)");
    }
    return Status::ok();
}

Status read_edited_one(const std::string& key, const nlohmann::ordered_json& value, OutreachTemplate& out) {
    const std::string field = "outreach.edited[\"" + key + "\"]";
    if (!value.is_object()) return Status::error(field + " must be an object of subject and body");
    for (auto part = value.begin(); part != value.end(); ++part) {
        if (part.key() != "subject" && part.key() != "body") return Status::error(field + " has an unknown field: " + part.key());
    }
    for (const char* part : {"subject", "body"}) {
        if (value.contains(part) && !value[part].is_string()) return Status::error(field + "." + part + " must be text");
    }
    out.subject = value.value("subject", std::string());
    out.body = value.value("body", std::string());
    return Status::ok();
}

Status read_edited(const nlohmann::ordered_json& j, std::map<std::string, OutreachTemplate>& out) {
    if (!j.contains("edited") || j["edited"].is_null()) return Status::ok();
    const auto& edited = j["edited"];
    if (!edited.is_object()) return Status::error("outreach.edited must be an object of \"language/kind\": {subject, body}");
    for (auto item = edited.begin(); item != edited.end(); ++item) {
        if (auto s = check_edited_key(item.key()); !s) return s;
        if (auto s = read_edited_one(item.key(), item.value(), out[item.key()]); !s) return s;
    }
    return Status::ok();
}

}  // namespace

const OutreachTemplate& OutreachSettings::wording(std::string_view lang, OutreachKind kind) const {
    const auto found = edited.find(edited_key(lang, kind));
    return found != edited.end() ? found->second : shipped_outreach_template(lang, kind);
}

nlohmann::ordered_json OutreachSettings::to_json() const {
    nlohmann::ordered_json j;
    j["language"] = language;
    j["sender"] = sender;
    j["brand"] = brand;
    j["product"] = product;
    j["timeline"] = timeline;
    j["usage_rights"] = usage_rights;
    j["edited"] = nlohmann::ordered_json::object();
    for (const auto& [key, t] : edited) j["edited"][key] = {{"subject", t.subject}, {"body", t.body}};
    return j;
}

Status OutreachSettings::parse(const nlohmann::ordered_json& j, OutreachSettings& out) {
    if (!j.is_object()) return Status::error("outreach must be an object of language, sender, brand, product, timeline, usage_rights, edited");
    for (auto field = j.begin(); field != j.end(); ++field) {
        if (std::find(setting_fields.begin(), setting_fields.end(), field.key()) == setting_fields.end()) {
            return Status::error("outreach has an unknown field: " + field.key());
        }
    }
    OutreachSettings read;
    if (auto s = read_text(j, "language", read.language); !s) return s;
    if (!shipped_language(read.language)) return Status::error("outreach.language: unknown language \"" + read.language + "\" (" + language_list() + ")");
    for (auto [field, target] : {std::pair{"sender", &read.sender}, std::pair{"brand", &read.brand}, std::pair{"product", &read.product},
                                 std::pair{"timeline", &read.timeline}, std::pair{"usage_rights", &read.usage_rights}}) {
        if (auto s = read_text(j, field, *target); !s) return s;
    }
    if (auto s = read_edited(j, read.edited); !s) return s;
    out = std::move(read);
    return Status::ok();
}

}  // namespace creatorscope
