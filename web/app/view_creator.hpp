// One creator's page: what the view keeps between frames.
#pragma once


#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

// One creator's page, opened from the roster.
class CreatorPage {
public:
    void open(std::size_t index);
    void draw(const Engine& engine, float scale);
    bool is_open() const { return open_; }

private:
    std::size_t index_ = 0;
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
