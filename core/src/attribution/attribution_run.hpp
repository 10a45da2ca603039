// Attribution over the loaded inputs as a computation that can stop and resume, for the
// engine's attribution stage: each advance does bounded pieces of work (a slice of an input's
// rows, building the journeys, a piece of the models, the creators' returns) until the time
// budget says stop, and the result is the same whatever the pieces. attribute_inputs
// (attribution.hpp) is the same run from start to end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attribution/attribution.hpp"
#include "creatorscope/campaign.hpp"

namespace creatorscope {

class JourneyBuilder;
class ModelRun;
class Table;

class AttributionRun {
public:
    // The inputs and the strings are read where they are: they must stay unchanged until the
    // run is done (the engine starts a new run when they change). `owners`: the codes and
    // tracking values the user gave an owner, over what the codes files say.
    AttributionRun(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                   const AttributionSettings& settings, TrackedOwners owners = {});
    ~AttributionRun();
    AttributionRun(const AttributionRun&) = delete;
    AttributionRun& operator=(const AttributionRun&) = delete;

    // One bounded piece of work; true when the result is ready.
    bool step();
    // Pieces until done (true) or until out_of_time says so after a piece (false).
    bool advance(const std::function<bool()>& out_of_time);
    // The result once done; none when no input holds journeys.
    std::optional<AttributionResult> take();

private:
    enum class Phase : std::uint8_t {
        paths,     // path files' rows, as they are
        codes,     // codes files' rows: each code's owner
        touches,   // touchpoints' rows: the visits
        orders,    // conversions' rows: the orders
        journeys,  // the journeys built from the visits and orders, a piece at a time
        models,    // every model, a piece at a time
        costs,     // costs files' rows: each creator's cost
        returns,   // each creator's returns and what to know about them
        done,
    };

    using RowReader = void (AttributionRun::*)(const Table& t, std::size_t row);
    bool read_slice(const std::vector<const Table*>& tables, RowReader read_row);
    std::uint32_t channel_of(std::string_view raw);
    void read_path(const Table& t, std::size_t row);
    void read_code(const Table& t, std::size_t row);
    void read_touch(const Table& t, std::size_t row);
    void read_order(const Table& t, std::size_t row);
    void read_cost(const Table& t, std::size_t row);
    void apply_page_codes();
    std::uint32_t touch_channel(std::uint32_t channel_text);
    void tally_code(const std::string& code, const Order& order);
    void build_visit_journeys();
    void finish_visit_journeys();
    void note_visits();
    void start_models();
    void finish_models();
    void orders_currency();
    void write_returns();

    const StringPool& strings_;
    const AttributionSettings settings_;
    const TrackedOwners owners_;
    std::vector<const Table*> path_tables_, code_tables_, touch_tables_, order_tables_, cost_tables_;
    Phase phase_ = Phase::paths;
    std::size_t table_ = 0, row_ = 0;  // the next row to read, of the phase's tables

    std::vector<std::string> channels_;
    std::vector<Journey> journeys_;
    std::vector<std::string> notes_;  // about the inputs, before the models' own
    JourneyStats stats_;
    // The path files' channel names with their positions, while the path files are read.
    std::unordered_map<std::string, std::uint32_t> path_index_;
    // Channel names of visits and codes: every spelling of a creator's handle ("@Lena.Andrews",
    // "lena.andrews") and of a source ("Google", "google") is one channel.
    std::unordered_map<std::string, std::uint32_t> channel_index_;
    std::unordered_map<std::string, std::uint32_t> code_owner_;  // codes compared without case
    std::map<std::string, CodeUse> code_uses_;                    // every code met, by code
    std::unordered_map<std::uint32_t, std::uint32_t> channel_by_text_;  // a visit's channel text id -> channel
    std::vector<Touch> touches_;
    std::size_t touches_left_out_ = 0;
    std::size_t refunded_orders_ = 0;  // orders with a refund, counted net of it
    double refunded_value_ = 0;
    std::vector<Order> orders_;
    std::vector<std::uint32_t> currencies_;  // the orders' currencies (text ids), each once

    std::unique_ptr<JourneyBuilder> journey_builder_;
    std::unique_ptr<ModelRun> models_;
    std::optional<AttributionResult> result_;
    std::vector<CreatorReturn> costs_;
};

}  // namespace creatorscope
