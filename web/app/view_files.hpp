// The files panel and the mapping editor: what the view keeps between frames.
#pragma once

#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

class FilesPanel {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Editor {
        bool open = false;
        bool just_opened = false;
        std::size_t index = 0;
        std::string name;
        int kind = -1;                       // index in the list of kinds with columns
        std::vector<std::string> headers;    // the file's headers
        std::vector<std::string> canonical;  // what each is read as ("" not used)
    };
    void open_editor(const InputInfo& input, std::size_t index);
    void draw_editor(Actions& actions, float scale);
    Editor editor_;
};

}  // namespace creatorscope::web
