// Attribution over the loaded inputs, a bounded piece at a time (attribution_run.hpp): path
// files read as they are; journeys built from tracked visits and orders, a redeemed discount
// code crediting the creator who owns it; each creator's costs joined to what the models credit
// them with.
#include "attribution/attribution_run.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "attribution/journey_builder.hpp"
#include "attribution/models.hpp"
#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t rows_per_step = 2048;

// "1 order", "2,412 orders".
std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return format_number(static_cast<double>(n), 0) + " " + std::string(n == 1 ? one : many);
}

// A number cell, 0 when empty.
double number_or_zero(double x) { return std::isnan(x) ? 0.0 : x; }

}  // namespace

// The finished inputs' tables by kind, in input order.
AttributionRun::AttributionRun(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                               const AttributionSettings& settings, TrackedOwners owners)
    : strings_(strings), settings_(settings), owners_(std::move(owners)) {
    for (const auto& input : inputs) {
        if (!input->finished()) continue;
        const Kind kind = input->kind();
        if (kind == Kind::paths) path_tables_.push_back(&input->table());
        if (kind == Kind::codes) code_tables_.push_back(&input->table());
        if (kind == Kind::touchpoints) touch_tables_.push_back(&input->table());
        if (kind == Kind::conversions) order_tables_.push_back(&input->table());
        if (kind == Kind::costs) cost_tables_.push_back(&input->table());
    }
    // No input holds journeys: no result.
    if (path_tables_.empty() && touch_tables_.empty() && order_tables_.empty()) phase_ = Phase::done;
}

AttributionRun::~AttributionRun() = default;

// One piece of the phase under way: up to rows_per_step rows, the journeys, or a piece of the models.
bool AttributionRun::step() {
    const bool visits = !touch_tables_.empty() || !order_tables_.empty();
    switch (phase_) {
        case Phase::paths:
            if (!read_slice(path_tables_, &AttributionRun::read_path)) break;
            path_index_ = {};
            phase_ = visits ? Phase::codes : Phase::models;
            break;
        case Phase::codes:
            if (!read_slice(code_tables_, &AttributionRun::read_code)) break;
            apply_page_codes();
            if (!code_tables_.empty() && code_owner_.empty()) {
                notes_.push_back("the codes files name no code's owner (a column with the creator's handle), so no code credits a creator");
            }
            phase_ = Phase::touches;
            break;
        case Phase::touches:
            if (read_slice(touch_tables_, &AttributionRun::read_touch)) phase_ = Phase::orders;
            break;
        case Phase::orders:
            if (read_slice(order_tables_, &AttributionRun::read_order)) phase_ = Phase::journeys;
            break;
        case Phase::journeys: build_visit_journeys(); break;
        case Phase::models:
            if (!models_) models_ = std::make_unique<ModelRun>(channels_, journeys_, settings_);
            if (models_->step()) finish_models();
            break;
        case Phase::costs:
            if (read_slice(cost_tables_, &AttributionRun::read_cost)) phase_ = Phase::returns;
            break;
        case Phase::returns: write_returns(); break;
        case Phase::done: break;
    }
    return phase_ == Phase::done;
}

// Pieces until done or out of time.
bool AttributionRun::advance(const std::function<bool()>& out_of_time) {
    while (!step()) {
        if (out_of_time()) return false;
    }
    return true;
}

// The result; the run is spent.
std::optional<AttributionResult> AttributionRun::take() { return std::move(result_); }

// Up to rows_per_step rows of `tables` from where the phase is, in order; true when all are read.
bool AttributionRun::read_slice(const std::vector<const Table*>& tables, RowReader read_row) {
    std::size_t left = rows_per_step;
    for (; table_ < tables.size(); ++table_, row_ = 0) {
        const Table& t = *tables[table_];
        for (; row_ < t.rows() && left > 0; ++row_, --left) (this->*read_row)(t, row_);
        if (row_ < t.rows()) return false;
    }
    table_ = 0;
    return true;
}

// The channel of a visit's or a code's owner's name, one for every spelling.
std::uint32_t AttributionRun::channel_of(std::string_view raw) {
    std::string name = normalize_handle(raw);
    const auto [it, added] = channel_index_.emplace(name, static_cast<std::uint32_t>(channels_.size()));
    if (added) channels_.push_back(std::move(name));
    return it->second;
}

// A path file's row, as it is: a journey unless its path is empty.
void AttributionRun::read_path(const Table& t, std::size_t row) {
    static const int path = canonical_index(Kind::paths, "path"), conversions = canonical_index(Kind::paths, "conversions"),
                     value = canonical_index(Kind::paths, "value"), nulls = canonical_index(Kind::paths, "nulls");
    Journey j;
    j.channels = parse_path(strings_.get(t.text(path, row)), channels_, path_index_);
    j.conversions = number_or_zero(t.number(conversions, row));
    j.value = number_or_zero(t.number(value, row));
    j.nulls = number_or_zero(t.number(nulls, row));
    if (j.channels.empty()) return;
    ++stats_.path_rows;
    journeys_.push_back(std::move(j));
}

// A codes file's row: the code (without case) and its owner's channel.
void AttributionRun::read_code(const Table& t, std::size_t row) {
    static const int code = canonical_index(Kind::codes, "code"), handle = canonical_index(Kind::codes, "handle");
    const std::string key = upper_ascii(trim(strings_.get(t.text(code, row))));
    const std::string_view owner = strings_.get(t.text(handle, row));
    if (key.empty() || owner.empty()) return;
    if (code_owner_.emplace(key, channel_of(owner)).second) {
        code_uses_[key] = {key, normalize_handle(owner), CodeUse::From::codes_file, 0, 0};
    }
}

// The owners the user gave in the page, over the codes files': a code given "" is no creator's.
void AttributionRun::apply_page_codes() {
    for (const auto& [code, owner] : owners_.codes) {
        if (owner.empty()) {
            code_owner_.erase(code);
        } else {
            code_owner_[code] = channel_of(owner);
        }
        code_uses_[code] = {code, owner, CodeUse::From::page, 0, 0};
    }
}

// A visit's channel: the creator the user gave its tracking value to, else the value itself.
std::uint32_t AttributionRun::touch_channel(std::uint32_t channel_text) {
    const std::string_view raw = strings_.get(channel_text);
    if (!owners_.links.empty()) {
        if (const auto owner = owners_.links.find(TrackedOwners::link_key(raw)); owner != owners_.links.end()) return channel_of(owner->second);
    }
    return channel_of(raw);
}

// An order that used `code` (known or not), counted under it.
void AttributionRun::tally_code(const std::string& code, const Order& order) {
    auto use = code_uses_.find(code);
    if (use == code_uses_.end()) use = code_uses_.emplace(code, CodeUse{code, "", CodeUse::From::unknown, 0, 0}).first;
    ++use->second.orders;
    use->second.value += order.value;
}

// A touchpoint's row: a visit, unless it lacks a user, a channel or a time.
void AttributionRun::read_touch(const Table& t, std::size_t row) {
    static const int user = canonical_index(Kind::touchpoints, "user_id"), time = canonical_index(Kind::touchpoints, "timestamp"),
                     channel = canonical_index(Kind::touchpoints, "channel");
    const std::uint32_t user_id = t.text(user, row), channel_text = t.text(channel, row);
    const std::int64_t at = t.time(time, row);
    if (user_id == 0 || channel_text == 0 || at == missing_time) {
        ++touches_left_out_;
        return;
    }
    auto it = channel_by_text_.find(channel_text);
    if (it == channel_by_text_.end()) it = channel_by_text_.emplace(channel_text, touch_channel(channel_text)).first;
    touches_.push_back({user_id, at, it->second});
}

// A conversion's row: an order, with the channel of the first of its codes a creator owns.
void AttributionRun::read_order(const Table& t, std::size_t row) {
    static const int user = canonical_index(Kind::conversions, "user_id"), time = canonical_index(Kind::conversions, "timestamp"),
                     revenue = canonical_index(Kind::conversions, "revenue"), currency = canonical_index(Kind::conversions, "currency"),
                     code = canonical_index(Kind::conversions, "discount_code"),
                     refunded = canonical_index(Kind::conversions, "refunded");
    Order order;
    if (const std::uint32_t id = t.text(user, row); id != 0) order.user = id;
    if (const std::int64_t at = t.time(time, row); at != missing_time) order.time = at;
    order.value = number_or_zero(t.number(revenue, row));
    // A refund (Shopify's "Refunded Amount") takes its part of the order's value back.
    if (const double back = number_or_zero(t.number(refunded, row)); back > 0) {
        ++refunded_orders_;
        refunded_value_ += std::min(back, order.value);
        order.value = std::max(0.0, order.value - back);
    }
    if (const std::uint32_t c = t.text(currency, row); c != 0 && std::find(currencies_.begin(), currencies_.end(), c) == currencies_.end()) {
        currencies_.push_back(c);
    }
    // "LENA10" or several codes in one cell ("LENA10, FREESHIP"): the first a creator owns counts;
    // a code the user said is no creator's is not unknown.
    const std::string_view codes = strings_.get(t.text(code, row));
    std::string first_unknown;
    for (const std::string_view piece : split_trimmed(codes, ",;")) {
        const std::string key = upper_ascii(piece);
        if (key.empty()) continue;
        tally_code(key, order);
        if (const auto owner = code_owner_.find(key); owner != code_owner_.end()) {
            order.code_channel = owner->second;
            break;
        }
        if (first_unknown.empty() && code_uses_.at(key).from == CodeUse::From::unknown) first_unknown = key;
    }
    if (!order.code_channel && !first_unknown.empty()) ++stats_.unknown_codes[first_unknown];
    orders_.push_back(order);
}

// A costs file's row, added to its creator's entry (one per creator, in file order).
void AttributionRun::read_cost(const Table& t, std::size_t row) {
    static const int handle = canonical_index(Kind::costs, "handle"), fee = canonical_index(Kind::costs, "fee"),
                     product_cost = canonical_index(Kind::costs, "product_cost"), currency = canonical_index(Kind::costs, "currency");
    const std::string name = normalize_handle(strings_.get(t.text(handle, row)));
    if (name.empty()) return;
    auto it = std::find_if(costs_.begin(), costs_.end(), [&](const CreatorReturn& c) { return c.handle == name; });
    if (it == costs_.end()) {
        costs_.push_back({});
        it = costs_.end() - 1;
        it->handle = name;
    }
    it->fee += number_or_zero(t.number(fee, row));
    it->product_cost += number_or_zero(t.number(product_cost, row));
    if (const std::uint32_t c = t.text(currency, row); c != 0 && it->currency.empty()) it->currency = upper_ascii(strings_.get(c));
}

// A piece of building the journeys from the visits and orders read, after those of the path files.
void AttributionRun::build_visit_journeys() {
    if (!journey_builder_) {
        journey_builder_ = std::make_unique<JourneyBuilder>(std::move(touches_), std::move(orders_), settings_.lookback_days, stats_, journeys_);
        touches_ = {};
        orders_ = {};
    }
    if (journey_builder_->step()) finish_visit_journeys();
}

// The journeys are built: what to know about the visits and orders, then the models.
void AttributionRun::finish_visit_journeys() {
    journey_builder_.reset();
    note_visits();
    phase_ = Phase::models;
}

// What was left out of the visits and orders, and what to know about their codes and currencies.
void AttributionRun::note_visits() {
    if (touches_left_out_ > 0) notes_.push_back(plural(touches_left_out_, "visit", "visits") + " without a user, a channel or a time left out");
    if (refunded_orders_ > 0) {
        notes_.push_back(plural(refunded_orders_, "order was", "orders were") + " refunded in part or whole: counted net of the " +
                         format_number(refunded_value_, 2) + " refunded");
    }
    if (stats_.orders_unattributed > 0) {
        notes_.push_back(plural(stats_.orders_unattributed, "order", "orders") + " (" + format_number(stats_.value_unattributed, 2) +
                         " in value) had no tracked visit within the lookback and no creator's code: not attributed (direct or untracked)");
    }
    if (!stats_.unknown_codes.empty()) {
        std::size_t count = 0;
        for (const auto& [code, orders_with_it] : stats_.unknown_codes) count += orders_with_it;
        notes_.push_back(plural(count, "order", "orders") + " used codes that no codes file gives an owner (" +
                         stats_.unknown_codes.begin()->first + (stats_.unknown_codes.size() > 1 ? ", ..." : "") + ")");
    }
    if (currencies_.size() > 1) notes_.push_back("orders are in several currencies; values are added as they are, not converted");
}

// The models' result, with how the journeys were built, the inputs' notes first, and the orders' currency.
void AttributionRun::finish_models() {
    result_ = models_->take();
    models_.reset();
    result_->journeys = stats_;
    for (auto& [code, use] : code_uses_) result_->codes.push_back(std::move(use));
    code_uses_ = {};
    result_->notes.insert(result_->notes.begin(), notes_.begin(), notes_.end());
    orders_currency();
    phase_ = Phase::costs;
}

// The currency of the orders: the first an order names.
void AttributionRun::orders_currency() {
    static const int currency = canonical_index(Kind::conversions, "currency");
    for (const Table* t : order_tables_) {
        for (std::size_t row = 0; row < t->rows() && result_->currency.empty(); ++row) {
            if (const std::uint32_t c = t->text(currency, row); c != 0) result_->currency = upper_ascii(strings_.get(c));
        }
    }
}

// Each creator's cost against every model's credit, and what to know about them.
void AttributionRun::write_returns() {
    AttributionResult& result = *result_;
    result.creators = creator_returns(result, std::move(costs_), channels_);
    for (const auto& creator : result.creators) {
        if (!result.currency.empty() && !creator.currency.empty() && creator.currency != result.currency) {
            result.notes.push_back(creator.handle + "'s costs are in " + creator.currency + ", the orders in " + result.currency +
                                   ": ROAS and ROI compare them as they are");
        }
        if (!creator.channel) result.notes.push_back(creator.handle + " has costs but appears in no journey: no conversions credited");
    }
    phase_ = Phase::done;
}

// The whole run at once.
std::optional<AttributionResult> attribute_inputs(const std::vector<std::unique_ptr<InputFile>>& inputs,
                                                  const StringPool& strings, const AttributionSettings& settings,
                                                  const TrackedOwners& owners) {
    AttributionRun run(inputs, strings, settings, owners);
    while (!run.step()) {
    }
    return run.take();
}

}  // namespace creatorscope
