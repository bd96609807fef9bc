notice-suite-loaded = Loaded suite { $name } ({ $items } items). Add models' answers next.
