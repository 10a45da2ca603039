// The user's corrections to how a file is read, written down: the JSON the Columns editor saves
// and --mapping reads, and the CLI's short --map form (creatorscope/inputs.hpp).
#include <nlohmann/json.hpp>

#include "creatorscope/inputs.hpp"
#include "model/kinds.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

Status set_kind(std::string_view name, MappingOverride& out) {
    if (trim(name).empty()) {
        out.kind.reset();
        return Status::ok();
    }
    out.kind = kind_from_name(name);
    if (!out.kind) return Status::error("unknown kind '" + std::string(name) + "' (the kinds: see creatorscope kinds)");
    return Status::ok();
}

// A header's new canonical column, replacing an earlier choice for the same header.
void set_column(MappingOverride& out, std::string header, std::string canonical) {
    for (auto& [source, target] : out.columns) {
        if (source == header) {
            target = std::move(canonical);
            return;
        }
    }
    out.columns.emplace_back(std::move(header), std::move(canonical));
}

}  // namespace

Status parse_mapping_override(std::string_view json, MappingOverride& out) {
    const auto document = nlohmann::json::parse(json, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return Status::error("a mapping must be a JSON object");
    MappingOverride read;
    if (document.contains("kind") && !document["kind"].is_null()) {
        if (!document["kind"].is_string()) return Status::error("the mapping's kind must be text");
        if (auto status = set_kind(document["kind"].get<std::string>(), read); !status) return status;
    }
    if (document.contains("columns") && !document["columns"].is_null()) {
        if (!document["columns"].is_object()) return Status::error("the mapping's columns must be an object of header: column");
        for (const auto& [header, canonical] : document["columns"].items()) {
            if (!canonical.is_string()) return Status::error("the mapping's column for \"" + header + "\" must be text (\"\" to leave it out)");
            set_column(read, header, canonical.get<std::string>());
        }
    }
    if (document.contains("platform") && !document["platform"].is_null()) {
        if (!document["platform"].is_string()) return Status::error("the mapping's platform must be text");
        if (!trim(document["platform"].get<std::string>()).empty()) read.platform = document["platform"].get<std::string>();
    }
    out = std::move(read);
    return Status::ok();
}

std::string mapping_override_json(const MappingOverride& override) {
    nlohmann::ordered_json columns = nlohmann::ordered_json::object();
    for (const auto& [header, canonical] : override.columns) columns[header] = canonical;
    nlohmann::ordered_json j;
    j["kind"] = override.kind ? std::string(kind_name(*override.kind)) : std::string();
    j["columns"] = std::move(columns);
    if (override.platform) j["platform"] = *override.platform;
    return j.dump();
}

Status parse_map_option(std::string_view text, std::string& file, MappingOverride& into) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return Status::error("--map needs FILE:HEADER=COLUMN (for example 'list.csv:Creator=handle'), found '" + std::string(text) + "'");
    }
    file = std::string(text.substr(0, colon));
    std::string_view rest = text.substr(colon + 1);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view entry = rest.substr(0, comma);
        const auto equals = entry.find('=');
        if (equals == std::string_view::npos) return Status::error("--map: '" + std::string(entry) + "' needs HEADER=COLUMN");
        const std::string key(trim(entry.substr(0, equals))), value(trim(entry.substr(equals + 1)));
        if (key == "@kind") {
            if (auto status = set_kind(value, into); !status) return Status::error("--map: " + status.message());
        } else if (key == "@platform") {
            into.platform = value;
        } else {
            set_column(into, key, value);
        }
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return Status::ok();
}

}  // namespace creatorscope
