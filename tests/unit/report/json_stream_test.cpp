// The streaming JSON writer writes exactly what nlohmann writes for the whole tree, and the
// report writers' sink and string versions give the same bytes.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "creatorscope/text_sink.hpp"
#include "engine_files.hpp"
#include "report/json_stream.hpp"

using namespace creatorscope;
using ordered = nlohmann::ordered_json;

namespace {

// Streams `doc` with its top-level object and arrays opened on the stream and everything else
// written as subtrees, as the report writer does.
void stream_value(JsonStream& out, const ordered& value, int depth) {
    if (depth < 3 && value.is_object()) {
        out.begin_object();
        for (const auto& [key, member] : value.items()) {
            out.key(key);
            stream_value(out, member, depth + 1);
        }
        out.end_object();
    } else if (depth < 3 && value.is_array()) {
        out.begin_array();
        for (const auto& element : value) stream_value(out, element, depth + 1);
        out.end_array();
    } else {
        out.value(value);
    }
}

std::string streamed(const ordered& doc) {
    std::string text;
    StringSink sink(text);
    JsonStream out(sink);
    stream_value(out, doc, 0);
    out.finish();
    return text;
}

std::string dumped(const ordered& doc) { return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n"; }

}  // namespace

TEST_CASE("a streamed document is byte for byte nlohmann's dump of the tree") {
    ordered doc;
    doc["schema"] = "x/1";
    doc["none"] = nullptr;
    doc["empty_object"] = ordered::object();
    doc["empty_array"] = ordered::array();
    doc["numbers"] = {1, -2.5, 1e300, 0.1, 123456789012345LL};
    doc["nested"] = {{"a", {{"b", {{"c", {1, 2, {{"d", "deep"}}}}}}}}, {"e", ordered::array({ordered::object(), ordered::array()})}};
    doc["text"] = "line\nbreak \"quoted\" tab\t and \xff invalid";
    doc["list"] = ordered::array({{{"handle", "a"}, {"flags", ordered::array()}}, {{"handle", "b"}, {"flags", {"x", "y"}}}});
    CHECK(streamed(doc) == dumped(doc));
    CHECK(streamed(ordered::object()) == "{}\n");
    CHECK(streamed(ordered::array()) == "[]\n");
    CHECK(streamed(ordered::array({ordered::array(), 1})) == dumped(ordered::array({ordered::array(), 1})));
    CHECK(streamed(ordered("\xc3\x28")) == dumped(ordered("\xc3\x28")));  // invalid UTF-8 replaced, as the tree's dump does
}

TEST_CASE("the report, the roster CSV and the HTML report stream the same bytes they return") {
    Engine engine;
    testing::load(engine, "roster.csv", "handle,platform,followers,email\nana,instagram,12000,ana@example.com\n=bo,tiktok,500,\n");
    testing::load(engine, "posts.csv", "handle,platform,post_id,published_at,likes,comments\nana,instagram,p1,2025-03-01,90,10\n");
    const std::string json_text = engine.report_json();
    const std::string csv_text = engine.roster_csv();
    const std::string html_text = engine.report_html();
    CHECK(nlohmann::ordered_json::parse(json_text).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n" == json_text);
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    {
        FileSink sink(file);
        engine.report_json(sink);
        engine.roster_csv(sink);
        engine.report_html(sink);
        CHECK(sink.flush());
        CHECK(sink.ok());
    }
    const std::string all = json_text + csv_text + html_text;
    std::string back(all.size() + 1, '\0');
    std::rewind(file);
    const std::size_t got = std::fread(back.data(), 1, back.size(), file);
    std::fclose(file);
    back.resize(got);
    CHECK(back == all);
}
