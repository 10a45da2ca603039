// The owners of codes and tracking values the user gave (creatorscope/campaign.hpp), and their
// JSON form in a saved workspace.
#include <nlohmann/json.hpp>

#include "creatorscope/campaign.hpp"
#include "model/text.hpp"

namespace creatorscope {

std::string TrackedOwners::code_key(std::string_view code) { return upper_ascii(trim(code)); }
std::string TrackedOwners::link_key(std::string_view value) { return normalize_handle(value); }

namespace {

// Sets or forgets map[key]; false when nothing changed (an empty key is never kept).
bool set_owner(std::map<std::string, std::string>& map, std::string key, std::optional<std::string> handle) {
    if (key.empty()) return false;
    const auto found = map.find(key);
    if (!handle) {
        if (found == map.end()) return false;
        map.erase(found);
        return true;
    }
    std::string owner = normalize_handle(*handle);
    if (found != map.end() && found->second == owner) return false;
    map[std::move(key)] = std::move(owner);
    return true;
}

Status parse_map(const nlohmann::ordered_json& j, const char* part, std::map<std::string, std::string>& out) {
    if (!j.contains(part)) return Status::ok();
    const auto& list = j[part];
    if (!list.is_object()) return Status::error(std::string("the owners' \"") + part + "\" must be an object of value: handle");
    for (auto entry = list.begin(); entry != list.end(); ++entry) {
        if (!entry.value().is_string()) {
            return Status::error(std::string("the owner of ") + part + " entry \"" + entry.key() + "\" must be a handle (text, \"\" for nobody)");
        }
        out[entry.key()] = entry.value().get<std::string>();
    }
    return Status::ok();
}

}  // namespace

bool TrackedOwners::set_code(std::string_view code, std::optional<std::string> handle) {
    return set_owner(codes, code_key(code), std::move(handle));
}

bool TrackedOwners::set_link(std::string_view value, std::optional<std::string> handle) {
    // A tracking value always has an owner: "" would mean nothing a visit's channel does not say.
    if (handle && normalize_handle(*handle).empty()) handle.reset();
    return set_owner(links, link_key(value), std::move(handle));
}

nlohmann::ordered_json TrackedOwners::to_json() const {
    nlohmann::ordered_json j = {{"codes", nlohmann::ordered_json::object()}, {"links", nlohmann::ordered_json::object()}};
    for (const auto& [code, owner] : codes) j["codes"][code] = owner;
    for (const auto& [value, owner] : links) j["links"][value] = owner;
    return j;
}

Status TrackedOwners::parse(const nlohmann::ordered_json& j, TrackedOwners& out) {
    if (!j.is_object()) return Status::error("the owners must be an object with \"codes\" and \"links\"");
    for (auto part = j.begin(); part != j.end(); ++part) {
        if (part.key() != "codes" && part.key() != "links") return Status::error("the owners have an unknown part: " + part.key());
    }
    std::map<std::string, std::string> codes, links;
    if (auto status = parse_map(j, "codes", codes); !status) return status;
    if (auto status = parse_map(j, "links", links); !status) return status;
    TrackedOwners read;
    for (auto& [code, owner] : codes) read.set_code(code, std::move(owner));
    for (auto& [value, owner] : links) read.set_link(value, std::move(owner));
    out = std::move(read);
    return Status::ok();
}

}  // namespace creatorscope
