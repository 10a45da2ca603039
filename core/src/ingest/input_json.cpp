// Reading a JSON input: a brief, a list of records, NDJSON, Instagram's own export or its
// GraphQL post metadata, turned into records that go through the same path as CSV rows.
#include <algorithm>
#include <unordered_map>

#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

bool is_brief(const nlohmann::ordered_json& document) {
    if (!document.is_object()) return false;
    static constexpr std::string_view keys[] = {"countries", "target", "targets", "budget", "niches", "keywords",
                                                "platforms", "tiers", "weights", "blocklist", "ages", "genders",
                                                "languages", "campaign", "goal", "thresholds", "attribution"};
    for (auto key : keys) {
        if (document.contains(std::string(key))) return true;
    }
    return false;
}

// Records where a JSON document stops being valid (a SAX handler that accepts everything else).
struct ErrorLocator : nlohmann::json_sax<nlohmann::ordered_json> {
    std::size_t byte = 0;
    std::string message = "unexpected end of input";
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
        byte = position;
        message = "unexpected '" + std::string(utf8_prefix(last_token, 20)) + "' at byte " + std::to_string(position);
        return false;
    }
};

// The value at a path of object keys, or null when a step is missing or not an object.
const nlohmann::ordered_json* object_path(const nlohmann::ordered_json& value, std::initializer_list<const char*> keys) {
    const nlohmann::ordered_json* at = &value;
    for (const char* key : keys) {
        if (!at->is_object()) return nullptr;
        const auto found = at->find(key);
        if (found == at->end()) return nullptr;
        at = &*found;
    }
    return at;
}

// Instagram's "Download your information": followers_1.json is an array of entries with
// string_list_data; following.json and the others wrap the array in relationships_<list>.
bool instagram_entries(const nlohmann::ordered_json& array) {
    return array.is_array() && !array.empty() && array.front().is_object() && array.front().contains("string_list_data");
}

// Instagram's GraphQL post metadata (shortcode_media), one post or a list of them, as scrapers
// and research datasets (Kim et al.) save it: the post object, or null when value is none.
const nlohmann::ordered_json* graphql_post(const nlohmann::ordered_json& value) {
    const nlohmann::ordered_json* post = &value;
    if (post->is_object() && post->contains("graphql")) post = &(*post)["graphql"];
    if (post->is_object() && post->contains("shortcode_media")) post = &(*post)["shortcode_media"];
    return post->is_object() && post->contains("taken_at_timestamp") && post->contains("owner") ? post : nullptr;
}

// The first of keys whose value is an object with a count ({"count": 12}): the count, or null.
nlohmann::ordered_json graphql_count(const nlohmann::ordered_json& post, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        if (post.contains(key) && post[key].is_object() && post[key].contains("count")) return post[key]["count"];
    }
    return nullptr;
}

// The caption and the sponsor: read only where each step has the shape expected (a scraper's
// file may hold null, {} or a number there).
void graphql_caption_and_sponsor(const nlohmann::ordered_json& post, nlohmann::ordered_json& row) {
    std::string caption;
    const auto* edges = object_path(post, {"edge_media_to_caption", "edges"});
    if (edges != nullptr && edges->is_array() && !edges->empty()) {
        const auto* text = object_path(edges->front(), {"node", "text"});
        if (text != nullptr && text->is_string()) caption = text->get<std::string>();
    }
    row["caption"] = caption;
    const auto* sponsors = object_path(post, {"edge_media_to_sponsor_user", "edges"});
    const bool sponsored = sponsors != nullptr && sponsors->is_array() && !sponsors->empty();
    row["sponsored"] = sponsored ? "yes" : "no";
}

// One GraphQL post as a posts row.
nlohmann::ordered_json graphql_row(const nlohmann::ordered_json& post) {
    nlohmann::ordered_json row = nlohmann::ordered_json::object();
    const auto& owner = post["owner"];
    row["handle"] = owner.is_object() && owner.contains("username") ? owner["username"] : nlohmann::ordered_json("");
    row["platform"] = "instagram";
    row["post_id"] = post.contains("shortcode") ? post["shortcode"] : nlohmann::ordered_json("");
    row["published_at"] = post["taken_at_timestamp"];
    const std::string type_name = post.contains("__typename") && post["__typename"].is_string() ? post["__typename"].get<std::string>() : "";
    const bool video = post.contains("is_video") && post["is_video"].is_boolean() && post["is_video"].get<bool>();
    row["type"] = video ? "video" : type_name == "GraphSidecar" ? "carousel" : "photo";
    row["likes"] = graphql_count(post, {"edge_media_preview_like", "edge_liked_by"});
    row["comments"] = graphql_count(post, {"edge_media_to_parent_comment", "edge_media_to_comment", "edge_media_preview_comment"});
    row["views"] = post.contains("video_view_count") ? post["video_view_count"] : nlohmann::ordered_json(nullptr);
    graphql_caption_and_sponsor(post, row);
    return row;
}

}  // namespace

void InputFile::finish_json() {
    if (json_text_.size() > max_json_bytes) {
        table_ = Table(Kind::unknown);
        return;
    }
    document_ = nlohmann::ordered_json::parse(json_text_, nullptr, /*allow_exceptions=*/false);
    if (document_.is_discarded()) {
        if (!read_ndjson()) report_invalid_json();
        document_ = nullptr;
        json_text_.clear();
        return;
    }
    json_text_.clear();
    json_text_.shrink_to_fit();
    if (override_.kind == Kind::brief || (!override_.kind && is_brief(document_))) {
        table_ = Table(Kind::brief);
        table_.begin_row(1);
        std::vector<BriefIssue> issues;
        brief_ = read_brief(document_, name_, issues);
        for (auto& issue : issues) add_issue(0, std::move(issue.field), std::move(issue.message));
        return;
    }
    if (graphql_post(document_) != nullptr ||
        (document_.is_array() && !document_.empty() && graphql_post(document_.front()) != nullptr)) {
        tabulate_graphql();
    } else {
        tabulate_document();
    }
    document_ = nullptr;
}

// Text that is not one JSON document may be NDJSON: one object per line. True when it is (two
// objects or more), and then tabulated.
bool InputFile::read_ndjson() {
    std::vector<nlohmann::ordered_json> lines;
    std::vector<std::uint64_t> line_numbers;
    bool all_objects = true;
    std::size_t at = 0;
    std::uint64_t line = 0;
    while (at < json_text_.size() && all_objects) {
        const auto end = json_text_.find('\n', at);
        const std::string_view text = trim(std::string_view(json_text_).substr(at, end == std::string::npos ? std::string::npos : end - at));
        ++line;
        if (!text.empty()) {
            auto item = nlohmann::ordered_json::parse(text, nullptr, false);
            all_objects = !item.is_discarded() && item.is_object();
            lines.push_back(std::move(item));
            line_numbers.push_back(line);
        }
        if (end == std::string::npos) break;
        at = end + 1;
    }
    if (!all_objects || lines.size() < 2) return false;
    container_ = "ndjson";
    json_text_.clear();
    tabulate_json(nlohmann::ordered_json(lines), "", false, &line_numbers);
    return true;
}

// Says where the JSON broke and why, found without exceptions (the web build has none).
void InputFile::report_invalid_json() {
    ErrorLocator locator;
    (void)nlohmann::ordered_json::sax_parse(json_text_, &locator);
    const auto offset = std::min<std::size_t>(locator.byte, json_text_.size());
    const auto where = 1 + std::count(json_text_.begin(), json_text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    add_issue(static_cast<std::uint64_t>(where), "", "this is not valid JSON: " + locator.message);
    table_ = Table(Kind::unknown);
}

// Instagram GraphQL post metadata, one post or a list, as posts rows.
void InputFile::tabulate_graphql() {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    if (document_.is_array()) {
        for (const auto& item : document_) {
            if (const auto* post = graphql_post(item)) rows.push_back(graphql_row(*post));
        }
    } else {
        rows.push_back(graphql_row(*graphql_post(document_)));
    }
    format_name_ = "Instagram post metadata (GraphQL)";
    tabulate_json(rows, "", false);
}

// Instagram's followers and following lists, a list of records, or one key holding such a list.
void InputFile::tabulate_document() {
    if (instagram_entries(document_)) {
        format_name_ = "Instagram: followers";
        tabulate_json(document_, "followers", true);
    } else if (document_.is_object() && document_.size() == 1 && instagram_entries(document_.begin().value())) {
        std::string list = document_.begin().key();
        if (list.starts_with("relationships_")) list.erase(0, 14);
        format_name_ = "Instagram: " + list;
        tabulate_json(document_.begin().value(), list, true);
    } else if (document_.is_array() && !document_.empty() && document_.front().is_object()) {
        tabulate_json(document_, "", false);
    } else if (document_.is_object() && document_.size() == 1 && document_.begin().value().is_array() &&
               !document_.begin().value().empty() && document_.begin().value().front().is_object()) {
        tabulate_json(document_.begin().value(), "", false);
    } else {
        table_ = Table(Kind::unknown);
        add_issue(0, "", "JSON of a shape CreatorScope does not read: expected a campaign brief (an object with keys "
                         "such as target, budget, platforms or keywords), a list of records, or Instagram's "
                         "followers or following export");
    }
}

// Turns a JSON array of flat objects into header and records, through the same path as CSV.
// An item's number stands for its line in the issues (items counted from 1).
namespace {
// An object's plain values with their paths: a nested object's ("authorMeta": {"name": ...}) as
// "authorMeta.name", up to three levels down; lists are left out.
void flatten_object(const nlohmann::ordered_json& object, const std::string& prefix, int depth,
                    std::vector<std::pair<std::string, const nlohmann::ordered_json*>>& out) {
    for (const auto& [key, value] : object.items()) {
        std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object()) {
            if (depth < 3) flatten_object(value, path, depth + 1, out);
        } else if (!value.is_array()) {
            out.emplace_back(std::move(path), &value);
        }
    }
}
}  // namespace

void InputFile::tabulate_json(const nlohmann::ordered_json& items, std::string_view relationship, bool instagram_export,
                              const std::vector<std::uint64_t>* lines) {
    const auto cell_text = [](const nlohmann::ordered_json& value) -> std::string {
        if (value.is_string()) return value.get<std::string>();
        if (value.is_null()) return "";
        if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
        if (value.is_number()) return value.dump();
        return "";
    };
    CsvRecord record;
    std::vector<std::string> cells;  // what record.fields views
    const auto send = [&] {
        record.fields.assign(cells.begin(), cells.end());
        on_record(record);
    };
    if (instagram_export) {
        record.line = 0;
        cells = {"account", "relationship", "timestamp", "href"};
        send();
        std::uint64_t number = 0;
        for (const auto& item : items) {
            ++number;
            record.line = number;
            cells.assign(4, "");
            if (!item.is_object()) continue;
            const auto& list = item.contains("string_list_data") ? item["string_list_data"] : nlohmann::ordered_json();
            const nlohmann::ordered_json entry = list.is_array() && !list.empty() ? list.front() : nlohmann::ordered_json::object();
            if (entry.contains("value")) cells[0] = cell_text(entry["value"]);
            if (cells[0].empty() && item.contains("title")) cells[0] = cell_text(item["title"]);
            cells[1] = std::string(relationship);
            if (entry.contains("timestamp")) cells[2] = cell_text(entry["timestamp"]);
            if (entry.contains("href")) cells[3] = cell_text(entry["href"]);
            send();
        }
        return;
    }
    // The header: every plain value's path ("authorMeta.name" in an object within the item), in
    // order of first appearance.
    std::vector<std::string> header;
    std::unordered_map<std::string, std::size_t> column_of;
    std::vector<std::pair<std::string, const nlohmann::ordered_json*>> flat;
    for (const auto& item : items) {
        if (!item.is_object()) continue;
        flat.clear();
        flatten_object(item, "", 0, flat);
        for (const auto& [path, value] : flat) {
            if (column_of.emplace(path, header.size()).second) header.push_back(path);
        }
    }
    record.line = 0;
    cells = header;
    send();
    std::uint64_t number = 0;
    for (const auto& item : items) {
        ++number;
        // NDJSON: the item's line in the file; otherwise its place in the list.
        record.line = lines != nullptr && number <= lines->size() ? (*lines)[number - 1] : number;
        cells.assign(header.size(), "");
        if (!item.is_object()) {
            ++rejected_;
            add_issue(record.line, "", "row rejected: item " + std::to_string(number) + " is not an object");
            continue;
        }
        flat.clear();
        flatten_object(item, "", 0, flat);
        for (const auto& [path, value] : flat) cells[column_of[path]] = cell_text(*value);
        send();
    }
}

}  // namespace creatorscope
