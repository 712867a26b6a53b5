module github.com/rasd-project/rasd

go 1.26.8
