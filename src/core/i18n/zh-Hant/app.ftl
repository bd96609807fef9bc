notice-suite-loaded = 已載入評測套件 { $name }（{ $items } 道題）。接著請加入模型的回答。
