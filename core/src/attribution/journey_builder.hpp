// Journeys from tracked visits and orders (build_journeys in attribution.hpp) as a computation
// that can stop and resume, for the engine's attribution stage: the sort (one piece), then a
// slice of users at a time, then the orders without a user or a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "attribution/attribution.hpp"

namespace creatorscope {

class JourneyBuilder {
public:
    // The journeys are added to `out`, the counts to `stats`: both must outlive the builder.
    JourneyBuilder(std::vector<Touch> touches, std::vector<Order> orders, double lookback_days, JourneyStats& stats,
                   std::vector<Journey>& out);
    JourneyBuilder(const JourneyBuilder&) = delete;
    JourneyBuilder& operator=(const JourneyBuilder&) = delete;

    // One bounded piece of work; true when every journey is built.
    bool step();

private:
    enum class Phase : std::uint8_t { sort, users, untimed_orders, done };

    void sort_inputs();
    void users_slice();
    void user_journeys();
    std::size_t order_journey(const Order& order, std::size_t next);
    void null_journey(std::size_t next);
    void finish_order(const Order& order, Journey&& journey);
    void untimed_slice();

    std::vector<Touch> touches_;
    std::vector<Order> orders_;
    const double lookback_;  // seconds
    JourneyStats& stats_;
    std::vector<Journey>& out_;
    std::vector<std::size_t> timed_;  // orders with a user and a time, by user and time
    Phase phase_ = Phase::sort;
    std::size_t t_ = 0, o_ = 0;  // the next visit and the next timed order, of the next user
    std::size_t untimed_ = 0;    // the next order to look at for a missing user or time
};

}  // namespace creatorscope
