// Attribution over the loaded inputs: path files read as they are; journeys built from tracked
// visits and orders, a redeemed discount code crediting the creator who owns it; each creator's
// costs joined to what the models credit them with.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "attribution/attribution.hpp"
#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

// Channel names: every spelling of a creator's handle ("@Lena.Andrews", "lena.andrews") and of
// a source ("Google", "google") is one channel.
class Channels {
public:
    explicit Channels(std::vector<std::string>& names) : names_(names) {}
    std::uint32_t of(std::string_view raw) {
        const std::string name = normalize_handle(raw);
        const auto [it, added] = index_.emplace(name, static_cast<std::uint32_t>(names_.size()));
        if (added) names_.push_back(name);
        return it->second;
    }

private:
    std::vector<std::string>& names_;
    std::unordered_map<std::string, std::uint32_t> index_;
};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return format_number(static_cast<double>(n), 0) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::optional<AttributionResult> attribute_inputs(const std::vector<std::unique_ptr<InputFile>>& inputs,
                                                  const StringPool& strings, const AttributionSettings& settings) {
    std::vector<std::string> channels;
    std::vector<Journey> journeys;
    std::vector<std::string> notes;
    JourneyStats stats;
    bool any_journey_input = false;
    const auto finished_of = [&](Kind kind) {
        std::vector<const Table*> tables;
        for (const auto& input : inputs) {
            if (input->finished() && input->kind() == kind) tables.push_back(&input->table());
        }
        return tables;
    };
    const auto number_or_zero = [](double x) { return std::isnan(x) ? 0.0 : x; };

    // Path files, as they are.
    {
        static const int path = canonical_index(Kind::paths, "path"), conversions = canonical_index(Kind::paths, "conversions"),
                         value = canonical_index(Kind::paths, "value"), nulls = canonical_index(Kind::paths, "nulls");
        for (const Table* t : finished_of(Kind::paths)) {
            any_journey_input = true;
            for (std::size_t row = 0; row < t->rows(); ++row) {
                Journey j;
                j.channels = parse_path(strings.get(t->text(path, row)), channels);
                j.conversions = number_or_zero(t->number(conversions, row));
                j.value = number_or_zero(t->number(value, row));
                j.nulls = number_or_zero(t->number(nulls, row));
                if (j.channels.empty()) continue;
                ++stats.path_rows;
                journeys.push_back(std::move(j));
            }
        }
    }

    // Visits and orders.
    const auto touch_tables = finished_of(Kind::touchpoints);
    const auto order_tables = finished_of(Kind::conversions);
    if (!touch_tables.empty() || !order_tables.empty()) {
        any_journey_input = true;
        Channels channel_of(channels);
        // Codes: each code's owner, codes compared without case.
        std::unordered_map<std::string, std::uint32_t> code_owner;
        {
            static const int code = canonical_index(Kind::codes, "code"), handle = canonical_index(Kind::codes, "handle");
            const auto code_tables = finished_of(Kind::codes);
            for (const Table* t : code_tables) {
                for (std::size_t row = 0; row < t->rows(); ++row) {
                    const std::string key = upper_ascii(trim(strings.get(t->text(code, row))));
                    const std::string_view owner = strings.get(t->text(handle, row));
                    if (key.empty() || owner.empty()) continue;
                    code_owner.emplace(key, channel_of.of(owner));
                }
            }
            if (!code_tables.empty() && code_owner.empty()) {
                notes.push_back("the codes files name no code's owner (a column with the creator's handle), so no code credits a creator");
            }
        }
        std::vector<Touch> touches;
        std::size_t touches_left_out = 0;
        {
            static const int user = canonical_index(Kind::touchpoints, "user_id"),
                             time = canonical_index(Kind::touchpoints, "timestamp"),
                             channel = canonical_index(Kind::touchpoints, "channel");
            std::unordered_map<std::uint32_t, std::uint32_t> channel_by_text;  // text id -> channel
            for (const Table* t : touch_tables) {
                for (std::size_t row = 0; row < t->rows(); ++row) {
                    const std::uint32_t user_id = t->text(user, row), channel_text = t->text(channel, row);
                    const std::int64_t at = t->time(time, row);
                    if (user_id == 0 || channel_text == 0 || at == missing_time) {
                        ++touches_left_out;
                        continue;
                    }
                    auto it = channel_by_text.find(channel_text);
                    if (it == channel_by_text.end()) it = channel_by_text.emplace(channel_text, channel_of.of(strings.get(channel_text))).first;
                    touches.push_back({user_id, at, it->second});
                }
            }
        }
        std::vector<Order> orders;
        std::vector<std::uint32_t> currencies;
        {
            static const int user = canonical_index(Kind::conversions, "user_id"),
                             time = canonical_index(Kind::conversions, "timestamp"),
                             revenue = canonical_index(Kind::conversions, "revenue"),
                             currency = canonical_index(Kind::conversions, "currency"),
                             code = canonical_index(Kind::conversions, "discount_code");
            for (const Table* t : order_tables) {
                for (std::size_t row = 0; row < t->rows(); ++row) {
                    Order order;
                    if (const std::uint32_t id = t->text(user, row); id != 0) order.user = id;
                    if (const std::int64_t at = t->time(time, row); at != missing_time) order.time = at;
                    order.value = number_or_zero(t->number(revenue, row));
                    if (const std::uint32_t c = t->text(currency, row); c != 0 && std::find(currencies.begin(), currencies.end(), c) == currencies.end()) {
                        currencies.push_back(c);
                    }
                    // "LENA10" or several codes in one cell ("LENA10, FREESHIP"): the first a
                    // creator owns counts.
                    const std::string_view codes = strings.get(t->text(code, row));
                    std::string first_unknown;
                    for (const std::string_view piece : split_trimmed(codes, ",;")) {
                        const std::string key = upper_ascii(piece);
                        if (const auto owner = code_owner.find(key); owner != code_owner.end()) {
                            order.code_channel = owner->second;
                            break;
                        }
                        if (first_unknown.empty()) first_unknown = key;
                    }
                    if (!order.code_channel && !first_unknown.empty()) ++stats.unknown_codes[first_unknown];
                    orders.push_back(order);
                }
            }
        }
        auto built = build_journeys(std::move(touches), std::move(orders), settings.lookback_days, stats);
        journeys.insert(journeys.end(), std::make_move_iterator(built.begin()), std::make_move_iterator(built.end()));
        if (touches_left_out > 0) notes.push_back(plural(touches_left_out, "visit", "visits") + " without a user, a channel or a time left out");
        if (stats.orders_unattributed > 0) {
            notes.push_back(plural(stats.orders_unattributed, "order", "orders") + " (" + format_number(stats.value_unattributed, 2) +
                            " in value) had no tracked visit within the lookback and no creator's code: not attributed (direct or untracked)");
        }
        if (!stats.unknown_codes.empty()) {
            std::size_t count = 0;
            for (const auto& [code, orders_with_it] : stats.unknown_codes) count += orders_with_it;
            notes.push_back(plural(count, "order", "orders") + " used codes that no codes file gives an owner (" +
                            stats.unknown_codes.begin()->first + (stats.unknown_codes.size() > 1 ? ", ..." : "") + ")");
        }
        if (currencies.size() > 1) notes.push_back("orders are in several currencies; values are added as they are, not converted");
    }
    if (!any_journey_input) return std::nullopt;

    AttributionResult result = attribute(channels, journeys, settings);
    result.journeys = stats;
    result.notes.insert(result.notes.begin(), notes.begin(), notes.end());
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::conversions) continue;
        static const int currency = canonical_index(Kind::conversions, "currency");
        const Table& t = input->table();
        for (std::size_t row = 0; row < t.rows() && result.currency.empty(); ++row) {
            if (const std::uint32_t c = t.text(currency, row); c != 0) result.currency = upper_ascii(strings.get(c));
        }
    }

    // Costs, one entry per creator (rows for the same creator add up), in file order.
    std::vector<CreatorReturn> costs;
    {
        static const int handle = canonical_index(Kind::costs, "handle"), fee = canonical_index(Kind::costs, "fee"),
                         product_cost = canonical_index(Kind::costs, "product_cost"), currency = canonical_index(Kind::costs, "currency");
        for (const Table* t : finished_of(Kind::costs)) {
            for (std::size_t row = 0; row < t->rows(); ++row) {
                const std::string name = normalize_handle(strings.get(t->text(handle, row)));
                if (name.empty()) continue;
                auto it = std::find_if(costs.begin(), costs.end(), [&](const CreatorReturn& c) { return c.handle == name; });
                if (it == costs.end()) {
                    costs.push_back({});
                    it = costs.end() - 1;
                    it->handle = name;
                }
                it->fee += number_or_zero(t->number(fee, row));
                it->product_cost += number_or_zero(t->number(product_cost, row));
                if (const std::uint32_t c = t->text(currency, row); c != 0 && it->currency.empty()) it->currency = upper_ascii(strings.get(c));
            }
        }
    }
    result.creators = creator_returns(result, std::move(costs), channels);
    for (const auto& creator : result.creators) {
        if (!result.currency.empty() && !creator.currency.empty() && creator.currency != result.currency) {
            result.notes.push_back(creator.handle + "'s costs are in " + creator.currency + ", the orders in " + result.currency +
                                   ": ROAS and ROI compare them as they are");
        }
        if (!creator.channel) result.notes.push_back(creator.handle + " has costs but appears in no journey: no conversions credited");
    }
    return result;
}

}  // namespace creatorscope
