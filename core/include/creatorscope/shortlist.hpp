// The shortlist: the creators the user starred, by handle and platform (so that a star stays on
// its creator when the data is analysed again or read again), in the order they were starred.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/creator.hpp"

namespace creatorscope {

struct CreatorKey {
    std::string handle;
    std::string platform;
    bool operator==(const CreatorKey&) const = default;
};

class Shortlist {
public:
    // Stars or unstars a creator; false when nothing changed.
    bool set(std::string_view handle, std::string_view platform, bool starred);
    bool contains(std::string_view handle, std::string_view platform) const;
    bool contains(const CreatorResult& c) const { return contains(c.handle, c.platform); }
    const std::vector<CreatorKey>& entries() const { return entries_; }
    bool empty() const { return entries_.empty(); }
    void clear() { entries_.clear(); }

private:
    std::vector<CreatorKey> entries_;  // in the order starred; a handful to a few hundred
};

}  // namespace creatorscope
